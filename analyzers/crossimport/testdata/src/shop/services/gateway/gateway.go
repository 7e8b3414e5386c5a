// Package gateway is the edge service: one bad import of orders' internals
// beside clean imports of orders' api, a shared package and an unowned one.
package gateway

import (
	"shop/lib/ordersutil"
	"shop/pkg/leaky"
	"shop/pkg/log"
	ordersapi "shop/services/orders/api"
	"shop/services/orders/domain" // want `^package "shop/services/gateway" \(service gateway\) imports "shop/services/orders/domain", internal to service orders; use its api package "shop/services/orders/api" or call the service$`
)

// Name names the service.
const Name = "gateway"

// Total adds up an order two ways.
func Total() int64 {
	log.Print(Name)
	return domain.Order{}.TotalCents() + ordersapi.Order{}.TotalCents + ordersutil.Count() + leaky.Total()
}
