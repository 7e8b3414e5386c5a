// Package api is orders' contract.
package api

// Order is an order as other services see it.
type Order struct{ TotalCents int64 }
