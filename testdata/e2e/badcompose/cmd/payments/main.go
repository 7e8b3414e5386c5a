// Command payments runs the payments service.
package main

import (
	"example.com/badcompose/pkg/log"
	ordersapi "example.com/badcompose/services/orders/api"
	"example.com/badcompose/services/payments/handler"
)

func main() {
	println(handler.Charge(ordersapi.Order{ID: "o1", TotalCents: 100}))
	log.Print("payments up")
}
