// Package pgdialect is a minimal stub of github.com/uptrace/bun/dialect/pgdialect (checked against v1.2.15).
package pgdialect

// Dialect is PostgreSQL's.
type Dialect struct{}

func New() *Dialect { return &Dialect{} }

func (d *Dialect) Name() string { return "pg" }
