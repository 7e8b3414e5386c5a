// Package api is service b's contract.
package api

// Order is an order as other services see it.
type Order struct{ ID string }
