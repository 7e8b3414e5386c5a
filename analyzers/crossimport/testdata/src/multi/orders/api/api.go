// Package api is orders' contract.
package api

import "multi/orders/domain"

// Order is an order as other services see it.
type Order struct{ ID string }

// FromDomain converts the internal model; an api package may import its own
// service's internals.
func FromDomain(o domain.Order) Order { return Order{ID: o.ID} }
