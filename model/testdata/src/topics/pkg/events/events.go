// Package events names the subjects the services share.
package events

const (
	OrderCreated = "orders.created"
	prefix       = "orders."
	OrderPaid    = prefix + "paid"
)
