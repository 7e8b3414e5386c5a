module multi/gateway

go 1.26
