// Command orders runs the orders service.
package main

import (
	"example.com/badcompose/pkg/log"
	"example.com/badcompose/services/orders/api"
	"example.com/badcompose/services/orders/handler"
	"example.com/badcompose/services/orders/store"
)

func main() {
	h := &handler.Handler{Store: store.New()}
	h.Place(api.Order{ID: "o1", TotalCents: 100})
	log.Print("orders up")
}
