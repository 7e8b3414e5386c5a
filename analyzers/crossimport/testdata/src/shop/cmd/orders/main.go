package main

import (
	"shop/pkg/log"
	"shop/services/orders"
)

func main() { log.Print(orders.Name) }
