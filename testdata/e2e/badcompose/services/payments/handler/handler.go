// Package handler serves the payments service's API.
package handler

import (
	"example.com/badcompose/pkg/log"
	ordersapi "example.com/badcompose/services/orders/api"
)

// Charge charges an order; it knows orders only through their api package.
func Charge(o ordersapi.Order) int64 {
	log.Print("charging " + o.ID)
	return o.TotalCents
}
