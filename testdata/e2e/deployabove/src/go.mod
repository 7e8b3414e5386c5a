module example.com/deployabove

go 1.26
