// want package:"has sinks"

// Package store saves an order in two outbound calls: a request to the
// ledger and a row in the database. Its ctx parameter reaches both.
package store

import (
	"context"
	"database/sql"
	"net/http"
	"strings"
)

// sync is called before the functions it reaches are known to be sinks
// (it comes first in the file): its caller's finding still names both.
func sync(ctx context.Context, s *Store) error { // want sync:`sink\(0 ctx → \(\*http.Client\).Do \(\*sql.DB\).ExecContext\)`
	if err := s.post(ctx, "a"); err != nil {
		return err
	}
	return s.insert(ctx, "a")
}

func Nightly(s *Store) error {
	return sync(context.Background(), s) // want `sync is given context.Background\(\), which has no deadline; it reaches 2 outbound calls: \(\*http.Client\).Do at store.go:47, which uses a client without Timeout; \(\*sql.DB\).ExecContext at store.go:55`
}

type Store struct {
	db *sql.DB
	hc *http.Client
}

func New(db *sql.DB) *Store { return &Store{db: db, hc: &http.Client{}} }

// Save reaches the ledger first, then the database.
func (s *Store) Save(ctx context.Context, id string) error { // want Save:`sink\(0 ctx → \(\*http.Client\).Do \(\*sql.DB\).ExecContext\)`
	if err := s.post(ctx, id); err != nil {
		return err
	}
	return s.insert(ctx, id)
}

func (s *Store) post(ctx context.Context, id string) error { // want post:`sink\(0 ctx → \(\*http.Client\).Do\)`
	req, err := http.NewRequestWithContext(ctx, "POST", "http://ledger/entries", strings.NewReader(id))
	if err != nil {
		return err
	}
	resp, err := s.hc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func (s *Store) insert(ctx context.Context, id string) error { // want insert:`sink\(0 ctx → \(\*sql.DB\).ExecContext\)`
	_, err := s.db.ExecContext(ctx, "INSERT INTO orders (id) VALUES ($1)", id)
	return err
}
