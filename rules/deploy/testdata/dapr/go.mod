module example.com/dapr

go 1.22
