// Package orders owns the orders table (its migration creates it) and
// writes and reads it through the shared ent client: not reported.
package orders

import (
	"context"

	"enttables/ent"
)

func Run(ctx context.Context, client *ent.Client) error {
	if _, err := client.Order.Create().SetTotal(10).Save(ctx); err != nil {
		return err
	}
	_, err := client.Order.Query().All(ctx)
	return err
}
