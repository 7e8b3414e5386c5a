module example.com/nested/services/orders

go 1.22
