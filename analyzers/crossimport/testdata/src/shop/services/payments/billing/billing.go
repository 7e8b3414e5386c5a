// Package billing is internal to payments.
package billing

import (
	"shop/pkg/leaky"
	"shop/services/payments/api"
)

// Name names the service.
const Name = "payments"

// Charge charges an order.
func Charge() api.Receipt { return api.Receipt{Cents: leaky.Total()} }
