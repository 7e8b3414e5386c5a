// Package api is the orders service's contract.
package api

// Order is an order as other services see it.
type Order struct {
	ID         string
	TotalCents int64
}
