package gateway

import (
	"testing"

	ordersapi "shop/services/orders/api"
	"shop/services/orders/store" // want `^package "shop/services/gateway" \(service gateway\) imports "shop/services/orders/store", internal to service orders; `
)

func TestTotal(t *testing.T) {
	_ = store.Save(ordersapi.Order{}.TotalCents)
}
