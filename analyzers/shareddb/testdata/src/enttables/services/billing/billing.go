// Package billing reads orders' table through the ent schema both
// services share: reported at its call; its invoices, which only billing
// reads and writes, are not.
package billing

import (
	"context"

	"enttables/ent"
)

func Run(ctx context.Context, client *ent.Client) error {
	if _, err := client.Order.Query().All(ctx); err != nil { // want `billing reads table orders of postgres:db/shop, which orders owns \(creates it in services/orders/migrations/001_orders.up.sql:1\) and reads and writes`
		return err
	}
	if _, err := client.Invoice.Create().Save(ctx); err != nil {
		return err
	}
	_, err := client.Invoice.Query().All(ctx)
	return err
}
