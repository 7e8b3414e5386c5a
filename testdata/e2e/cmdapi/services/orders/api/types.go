// Package api is orders' contract: a folder named api that holds no main.
package api

// Order is an order as other services see it.
type Order struct {
	ID         string
	TotalCents int64
}
