// Command monolith builds every module into one binary: a composition root,
// not a service.
package main

import (
	"example.com/monolith/cmd/monolith/wiring"
	"example.com/monolith/services/billing"
	"example.com/monolith/services/orders"
	"example.com/monolith/services/payments"
)

func main() {
	_ = orders.Start() + billing.Start() + payments.Start()
	wiring.Wire()
}
