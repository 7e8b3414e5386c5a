// Package schema is a minimal stub of entgo.io/ent/dialect/sql/schema: the
// migration that ent's generated client.Schema.Create runs.
package schema

import (
	"context"

	"entgo.io/ent/dialect"
)

type Table struct{ Name string }

type MigrateOption func(*Migrate)

type Migrate struct{ drv dialect.Driver }

func NewMigrate(d dialect.Driver, opts ...MigrateOption) (*Migrate, error) {
	return &Migrate{drv: d}, nil
}

func (m *Migrate) Create(ctx context.Context, tables ...*Table) error { return nil }
