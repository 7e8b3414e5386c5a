package main

import (
	"shop/pkg/log"
	"shop/services/gateway"
)

func main() { log.Print(gateway.Name) }
