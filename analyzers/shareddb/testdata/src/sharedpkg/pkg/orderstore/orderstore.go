// Package orderstore is shared code that reads and writes the orders
// table; each service that calls it touches the table from its own code.
package orderstore

import (
	"context"
	"database/sql"
)

func Status(ctx context.Context, db *sql.DB, id int64) (string, error) {
	var s string
	err := db.QueryRowContext(ctx, "SELECT status FROM orders WHERE id = $1", id).Scan(&s)
	return s, err
}

func Place(ctx context.Context, db *sql.DB, id int64) error {
	_, err := db.ExecContext(ctx, "INSERT INTO orders (id, status) VALUES ($1, 'new')", id)
	return err
}
