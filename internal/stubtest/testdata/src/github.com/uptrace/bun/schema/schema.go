// Package schema is a minimal stub of github.com/uptrace/bun/schema (checked against v1.2.15).
package schema

// BaseModel is embedded in a model; its field's tag names the table.
type BaseModel struct{}

// Dialect is a database's SQL dialect.
type Dialect interface {
	Name() string
}

// Ident is an identifier, quoted when appended.
type Ident string
