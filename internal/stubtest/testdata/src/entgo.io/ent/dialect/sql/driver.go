// Package sql is a minimal stub of entgo.io/ent/dialect/sql (checked
// against v0.11.9): ent's SQL driver over database/sql.
package sql

import (
	"context"
	"database/sql"
)

// Driver is a dialect.Driver over a *sql.DB.
type Driver struct {
	db      *sql.DB
	dialect string
}

// Open opens a driver; it calls sql.Open(driver, source).
func Open(driver, source string) (*Driver, error) { return &Driver{dialect: driver}, nil }

// OpenDB wraps a *sql.DB opened elsewhere.
func OpenDB(driver string, db *sql.DB) *Driver { return &Driver{db: db, dialect: driver} }

// Exec runs a statement.
func (d *Driver) Exec(ctx context.Context, query string, args, v any) error { return nil }

// Query runs a query.
func (d *Driver) Query(ctx context.Context, query string, args, v any) error { return nil }

// Close closes the database.
func (d *Driver) Close() error { return nil }

// Dialect returns the driver's dialect.
func (d *Driver) Dialect() string { return d.dialect }

// Selector builds a SELECT statement.
type Selector struct{ table string }

// Where adds a predicate.
func (s *Selector) Where(p any) *Selector { return s }
