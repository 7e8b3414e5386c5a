// Package domain calls its store through an interface: it only passes
// contexts on.
package domain

import (
	"context"

	"upstreamgrpc/trace"
)

type Store interface {
	Put(ctx context.Context, id string) error
}

type Lister interface {
	List(ctx context.Context) ([]string, error)
}

type Service interface {
	Put(ctx context.Context, id string) error
	List(ctx context.Context) ([]string, error)
}

type service struct {
	store Store
	list  Lister
}

func New(s Store, l Lister) Service { return &service{store: s, list: l} }

func (s *service) Put(ctx context.Context, id string) error {
	span, ctx := trace.StartSpanFromContext(ctx, "domain.Put")
	defer span.Finish()
	return s.store.Put(ctx, id)
}

func (s *service) List(ctx context.Context) ([]string, error) {
	return s.list.List(ctx)
}
