module example.com/envvalue

go 1.26
