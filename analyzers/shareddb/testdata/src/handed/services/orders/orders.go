// Package orders creates the orders table and writes it.
package orders

import (
	"context"
	"database/sql"
)

func Place(ctx context.Context, db *sql.DB, id int64) error {
	_, err := db.ExecContext(ctx, "INSERT INTO orders (id) VALUES ($1)", id)
	return err
}
