// Package orders creates and writes the orders table of the shop database.
package orders

import (
	"context"
	"database/sql"
)

type Store struct{ db *sql.DB }

func Open() (*Store, error) {
	db, err := sql.Open("postgres", "postgres://orders@db:5432/shop")
	return &Store{db: db}, err
}

func (s *Store) Place(ctx context.Context, id int64, total float64) error {
	_, err := s.db.ExecContext(ctx, "INSERT INTO orders (id, total) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING", id, total)
	return err
}
