// Package billing reads the orders table straight from the shop database.
package billing

import (
	"context"
	"database/sql"
)

type Store struct{ db *sql.DB }

func Open() (*Store, error) {
	db, err := sql.Open("postgres", "postgres://billing@db:5432/shop")
	return &Store{db: db}, err
}

const totalQuery = `SELECT o.total FROM orders o WHERE o.id = $1`

func (s *Store) Total(ctx context.Context, id int64) (float64, error) {
	var total float64
	err := s.db.QueryRowContext(ctx, totalQuery, id).Scan(&total) // want `billing reads table orders of postgres:db/shop, which orders owns \(creates it in services/orders/migrations/001_orders.up.sql:1\) and writes; .*ask orders through its API`
	return total, err
}

func (s *Store) Latest(ctx context.Context) (*sql.Rows, error) {
	return s.db.QueryContext(ctx, "SELECT DISTINCT ON (id) id FROM orders ORDER BY id, total DESC") // want `billing reads table orders of postgres:db/shop \(found by a keyword scan: the SQL parser rejects the statement\), which orders owns`
}

// Invoices is billing's own table: not shared.
func (s *Store) Invoices(ctx context.Context) (*sql.Rows, error) {
	return s.db.QueryContext(ctx, "SELECT id FROM invoices")
}
