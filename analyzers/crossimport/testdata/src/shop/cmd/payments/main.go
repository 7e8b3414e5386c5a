package main

import (
	"shop/pkg/log"
	"shop/services/payments/billing"
)

func main() { log.Print(billing.Name) }
