// Package handler belongs to gateway by way of its module.
package handler

import (
	"multi/common/log"
	ordersapi "multi/orders/api"
	"multi/orders/domain" // want `^package "multi/gateway/handler" \(service gateway\) imports "multi/orders/domain", internal to service orders; use its api package "multi/orders/api" or call the service$`
)

// Handle mixes orders' api and internals.
func Handle() string {
	log.Print("handle")
	return ordersapi.Order{}.ID + domain.Order{}.ID
}
