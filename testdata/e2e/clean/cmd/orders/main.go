// Command orders runs the orders service.
package main

import (
	"example.com/clean/pkg/log"
	"example.com/clean/services/orders/api"
	"example.com/clean/services/orders/handler"
	"example.com/clean/services/orders/store"
)

func main() {
	h := &handler.Handler{Store: store.New()}
	h.Place(api.Order{ID: "o1", TotalCents: 100})
	log.Print("orders up")
}
