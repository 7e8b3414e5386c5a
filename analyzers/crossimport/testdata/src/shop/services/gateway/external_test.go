package gateway_test

import (
	"testing"

	"shop/services/gateway"
	ordersapi "shop/services/orders/api"
	"shop/services/orders/domain" // want `^package "shop/services/gateway" \(service gateway\) imports "shop/services/orders/domain", internal to service orders; `
)

func TestExternal(t *testing.T) {
	_ = gateway.Total() + domain.Order{}.TotalCents() + ordersapi.Order{}.TotalCents
}
