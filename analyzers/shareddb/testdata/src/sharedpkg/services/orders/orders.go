// Package orders owns the orders table (its migration creates it) and
// uses it through the shared store: not reported.
package orders

import (
	"context"
	"database/sql"

	"sharedpkg/pkg/orderstore"
)

func Run(db *sql.DB) error {
	if err := orderstore.Place(context.Background(), db, 1); err != nil {
		return err
	}
	_, err := orderstore.Status(context.Background(), db, 1)
	return err
}
