// Package handler serves the orders service's API.
package handler

import (
	"example.com/badcompose/pkg/log"
	"example.com/badcompose/services/orders/api"
	"example.com/badcompose/services/orders/store"
)

// Handler places orders.
type Handler struct{ Store *store.Store }

// Place stores an order.
func (h *Handler) Place(o api.Order) {
	h.Store.Put(o)
	log.Print("placed " + o.ID)
}
