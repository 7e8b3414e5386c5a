// Package store is orders' own data access.
package store

import (
	"context"
	"database/sql"
)

type Store struct{ DB *sql.DB }

func (s *Store) Status(ctx context.Context, id int64) (string, error) {
	var st string
	err := s.DB.QueryRowContext(ctx, "SELECT status FROM orders WHERE id = $1", id).Scan(&st)
	return st, err
}

func (s *Store) Place(ctx context.Context, id int64) error {
	_, err := s.DB.ExecContext(ctx, "INSERT INTO orders (id, status) VALUES ($1, 'new')", id)
	return err
}
