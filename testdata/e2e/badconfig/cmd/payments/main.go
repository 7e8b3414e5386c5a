// Command payments runs the payments service.
package main

import (
	"example.com/badconfig/pkg/log"
	ordersapi "example.com/badconfig/services/orders/api"
	"example.com/badconfig/services/payments/handler"
)

func main() {
	println(handler.Charge(ordersapi.Order{ID: "o1", TotalCents: 100}))
	log.Print("payments up")
}
