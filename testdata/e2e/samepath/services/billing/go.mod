module service

go 1.22
