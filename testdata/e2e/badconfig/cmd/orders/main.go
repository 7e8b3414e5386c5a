// Command orders runs the orders service.
package main

import (
	"example.com/badconfig/pkg/log"
	"example.com/badconfig/services/orders/api"
	"example.com/badconfig/services/orders/handler"
	"example.com/badconfig/services/orders/store"
)

func main() {
	h := &handler.Handler{Store: store.New()}
	h.Place(api.Order{ID: "o1", TotalCents: 100})
	log.Print("orders up")
}
