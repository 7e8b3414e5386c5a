// Package sqlite is a minimal stub of gorm.io/driver/sqlite (checked against v1.6.0).
package sqlite

import (
	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// Dialector is the sqlite gorm.Dialector.
type Dialector struct {
	DriverName string
	DSN        string
}

// Config is the sqlite dialector configuration.
type Config struct {
	DriverName string
	DSN        string
}

// Open returns a gorm.Dialector for dsn.
func Open(dsn string) gorm.Dialector {
	return &Dialector{DSN: dsn}
}

// New returns a gorm.Dialector for config.
func New(config Config) gorm.Dialector {
	return &Dialector{DSN: config.DSN, DriverName: config.DriverName}
}

func (dialector Dialector) Name() string { return "sqlite" }

func (dialector Dialector) Initialize(db *gorm.DB) (err error) { return nil }

func (dialector Dialector) BindVarTo(writer clause.Writer, stmt *gorm.Statement, v interface{}) {}

func (dialector Dialector) QuoteTo(writer clause.Writer, str string) {}

func (dialector Dialector) Explain(sql string, vars ...interface{}) string { return sql }
