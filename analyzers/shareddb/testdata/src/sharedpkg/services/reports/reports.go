// Package reports reads orders' table through the shared store: reported
// at its own call, not in the shared package.
package reports

import (
	"context"
	"database/sql"

	"sharedpkg/pkg/orderstore"
)

func Run(db *sql.DB) error {
	_, err := orderstore.Status(context.Background(), db, 1) // want `reports reads table orders of postgres:db/shop, which orders owns \(creates it in services/orders/migrations/001_orders.up.sql:1\) and reads and writes`
	return err
}
