module example.com/badcompose

go 1.26
