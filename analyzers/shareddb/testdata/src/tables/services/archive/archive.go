// Package archive keeps a table named orders in a database of its own, on
// the same server: the same name in another database is not shared.
package archive

import (
	"context"
	"database/sql"
)

type Store struct{ db *sql.DB }

func Open() (*Store, error) {
	db, err := sql.Open("postgres", "postgres://archive@db:5432/archive")
	return &Store{db: db}, err
}

func (s *Store) Old(ctx context.Context) (*sql.Rows, error) {
	return s.db.QueryContext(ctx, "SELECT id FROM orders WHERE created_at < now() - interval '1 year'")
}
