// Package reports is handed two connections by its main: its own
// database's and orders'. Which one a statement runs on is not traced in
// this package; the table's owner tells for orders.
package reports

import (
	"context"
	"database/sql"
)

type Store struct{ own, orders *sql.DB }

func New(own, orders *sql.DB) *Store { return &Store{own: own, orders: orders} }

func (s *Store) Count(ctx context.Context) (*sql.Rows, error) {
	return s.orders.QueryContext(ctx, "SELECT count(*) FROM orders") // want `reports reads table orders of postgres:db/orders_db, which orders owns \(creates it in services/orders/migrations/001.up.sql:1\) and writes`
}

// Summaries is reports' own table, which no migration creates: its
// database is not known, and nothing is said.
func (s *Store) Summaries(ctx context.Context) (*sql.Rows, error) {
	return s.own.QueryContext(ctx, "SELECT day FROM summaries")
}
