// Package txn holds the database handle interface a store queries through, // want package:"has sinks"
// and a function of its own that begins a transaction on its caller's
// context (so the package has sinks of its own).
package txn

import (
	"context"

	"github.com/jackc/pgconn"
	"github.com/jackc/pgx/v4"
)

// QueryEngine is what *pgxpool.Pool and pgx.Tx both do.
type QueryEngine interface {
	Query(ctx context.Context, query string, args ...interface{}) (pgx.Rows, error)
	Exec(ctx context.Context, sql string, arguments ...interface{}) (pgconn.CommandTag, error)
}

// Namer is an interface with a method no catalogued type has.
type Namer interface {
	Name(ctx context.Context) string
}

func Begin(ctx context.Context, c *pgx.Conn) (pgx.Tx, error) { // want Begin:`sink\(0 ctx → \(\*pgx.Conn\).Begin\)`
	return c.Begin(ctx)
}
