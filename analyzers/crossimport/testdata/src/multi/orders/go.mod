module multi/orders

go 1.26
