module envfiles

go 1.22
