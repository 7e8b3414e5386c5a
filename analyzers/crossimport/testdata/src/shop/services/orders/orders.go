// Package orders may import its own internals.
package orders

import (
	"shop/pkg/log"
	"shop/services/orders/domain"
	"shop/services/orders/store"
)

// Name names the service.
const Name = "orders"

// Place stores an order.
func Place() error {
	log.Print(Name)
	return store.Save(domain.Order{}.TotalCents())
}
