// Package api is payments' contract; an api package is checked like any
// other package of its service.
package api

import (
	ordersapi "shop/services/orders/api"
	"shop/services/orders/domain" // want `^package "shop/services/payments/api" \(service payments\) imports "shop/services/orders/domain", internal to service orders; `
)

// Receipt is a payment receipt.
type Receipt struct {
	Cents int64
	Order ordersapi.Order
	Raw   domain.Order
}
