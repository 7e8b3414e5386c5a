// Package queries is a minimal stub of sqlboiler's queries package: the
// query a generated model builds.
package queries

import (
	"context"

	"github.com/volatiletech/sqlboiler/v4/boil"
)

// Query is a query being built.
type Query struct{}

// Bind runs the query on exec and binds the rows to obj.
func (q *Query) Bind(ctx context.Context, exec boil.Executor, obj interface{}) error { return nil }
