// Command payments runs the payments service.
package main

import (
	"example.com/clean/pkg/log"
	ordersapi "example.com/clean/services/orders/api"
	"example.com/clean/services/payments/handler"
)

func main() {
	println(handler.Charge(ordersapi.Order{ID: "o1", TotalCents: 100}))
	log.Print("payments up")
}
