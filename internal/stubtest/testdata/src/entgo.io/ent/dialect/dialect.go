// Package dialect is a minimal stub of entgo.io/ent/dialect (checked
// against v0.11.9).
package dialect

import "context"

// The dialects ent speaks.
const (
	MySQL    = "mysql"
	SQLite   = "sqlite3"
	Postgres = "postgres"
)

// Driver runs the statements ent builds.
type Driver interface {
	Exec(ctx context.Context, query string, args, v any) error
	Query(ctx context.Context, query string, args, v any) error
	Close() error
	Dialect() string
}
