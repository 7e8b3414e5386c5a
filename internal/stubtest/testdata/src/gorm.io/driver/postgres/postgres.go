// Package postgres is a minimal stub of gorm.io/driver/postgres (checked against v1.6.0).
package postgres

import (
	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// Dialector is the postgres gorm.Dialector.
type Dialector struct {
	*Config
}

// Config is the postgres dialector configuration.
type Config struct {
	DriverName string
	DSN        string
}

// Open returns a gorm.Dialector for dsn.
func Open(dsn string) gorm.Dialector {
	return &Dialector{&Config{DSN: dsn}}
}

// New returns a gorm.Dialector for config.
func New(config Config) gorm.Dialector {
	return &Dialector{Config: &config}
}

func (dialector Dialector) Name() string { return "postgres" }

func (dialector Dialector) Apply(config *gorm.Config) error { return nil }

func (dialector Dialector) Initialize(db *gorm.DB) (err error) { return nil }

func (dialector Dialector) BindVarTo(writer clause.Writer, stmt *gorm.Statement, v interface{}) {}

func (dialector Dialector) QuoteTo(writer clause.Writer, str string) {}

func (dialector Dialector) Explain(sql string, vars ...interface{}) string { return sql }
