module example.com/cmdapi

go 1.26
