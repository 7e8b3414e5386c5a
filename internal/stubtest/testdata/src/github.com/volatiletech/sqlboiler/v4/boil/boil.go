// Package boil is a minimal stub of sqlboiler's boil package (checked
// against v4.16.2): the executors generated models run queries on.
package boil

import (
	"context"
	"database/sql"
)

// Executor can run queries without a context (*sql.DB, *sql.Tx).
type Executor interface {
	Exec(query string, args ...interface{}) (sql.Result, error)
	Query(query string, args ...interface{}) (*sql.Rows, error)
	QueryRow(query string, args ...interface{}) *sql.Row
}

// ContextExecutor can run queries with a context.
type ContextExecutor interface {
	Executor
	ExecContext(ctx context.Context, query string, args ...interface{}) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...interface{}) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...interface{}) *sql.Row
}
