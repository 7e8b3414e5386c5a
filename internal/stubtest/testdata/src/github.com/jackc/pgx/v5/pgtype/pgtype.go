// Package pgtype is a minimal stub of github.com/jackc/pgx/v5/pgtype.
package pgtype

// Map is the mapping between PostgreSQL server types and Go type handling logic.
type Map struct{}

// NewMap creates a Map.
func NewMap() *Map { return &Map{} }
