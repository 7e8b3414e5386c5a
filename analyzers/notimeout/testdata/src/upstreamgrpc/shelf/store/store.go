// Package store queries only through the interface of package txn, which // want package:"has sinks"
// has sinks of its own: the interface's method is what makes the package
// worth the full analysis.
package store

import (
	"context"

	"upstreamgrpc/trace"
	"upstreamgrpc/txn"
)

type Store struct {
	db    txn.QueryEngine
	names txn.Namer
}

func New(db txn.QueryEngine, names txn.Namer) *Store { return &Store{db: db, names: names} }

func (s *Store) Put(ctx context.Context, id string) error { // want Put:`sink\(0 ctx → \(txn.QueryEngine\).Exec\)`
	span, ctx := trace.StartSpanFromContext(ctx, "store.Put")
	defer span.Finish()
	_, err := s.db.Exec(ctx, "INSERT INTO shelf (id) VALUES ($1)", id)
	return err
}

// Name calls a method no catalogued type has: no sink.
func (s *Store) Name(ctx context.Context) string {
	return s.names.Name(ctx)
}

// Detached queries on a context unrelated to its parameter.
func (s *Store) Detached(ctx context.Context) error {
	span, dctx := trace.Detached("store.Detached")
	defer span.Finish()
	_, err := s.db.Exec(dctx, "DELETE FROM shelf")
	return err
}
