module configfiles

go 1.22
