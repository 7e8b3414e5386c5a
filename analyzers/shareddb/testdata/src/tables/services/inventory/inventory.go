// Package inventory uses the shop database with tables of its own:
// the database is shared, no table is.
package inventory

import (
	"context"
	"database/sql"
)

type Store struct{ db *sql.DB }

func Open() (*Store, error) {
	db, err := sql.Open("postgres", "postgres://inventory@db:5432/shop") // want `inventory uses database postgres:db/shop, which billing and orders also use and no service owns`
	return &Store{db: db}, err
}

func (s *Store) Take(ctx context.Context, sku string) error {
	_, err := s.db.ExecContext(ctx, "UPDATE stock SET qty = qty - 1 WHERE sku = $1", sku)
	return err
}
