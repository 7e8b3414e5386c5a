// Package leaky is shared by gateway and payments, and leaks orders' internals
// into both.
package leaky

import (
	"shop/pkg/log"
	ordersapi "shop/services/orders/api"
	"shop/services/orders/domain" // want `^shared package "shop/pkg/leaky" imports "shop/services/orders/domain", internal to service orders; it leaks into services gateway, payments; depend on orders's api instead$`
)

// Total mixes the api and the internals.
func Total() int64 {
	log.Print("leaky")
	return ordersapi.Order{}.TotalCents + domain.Order{}.TotalCents()
}
