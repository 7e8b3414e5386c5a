// Package wiring is used by the composition root only; it reaches into the
// modules' internals, which is its job.
package wiring

import (
	billingstore "example.com/monolith/services/billing/store"
	ordersstore "example.com/monolith/services/orders/store"
)

// Wire wires the stores together.
func Wire() { _ = ordersstore.Name() + billingstore.Name() }
