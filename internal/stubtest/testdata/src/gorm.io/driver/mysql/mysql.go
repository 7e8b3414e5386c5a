// Package mysql is a minimal stub of gorm.io/driver/mysql (checked against v1.5.2).
package mysql

import (
	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// Config is the mysql dialector configuration.
type Config struct {
	DriverName    string
	ServerVersion string
	DSN           string
}

// Dialector is the mysql gorm.Dialector.
type Dialector struct {
	*Config
}

// Open returns a gorm.Dialector for dsn.
func Open(dsn string) gorm.Dialector {
	return &Dialector{Config: &Config{DSN: dsn}}
}

// New returns a gorm.Dialector for config.
func New(config Config) gorm.Dialector {
	return &Dialector{Config: &config}
}

func (dialector Dialector) Name() string { return "mysql" }

func (dialector Dialector) Initialize(db *gorm.DB) (err error) { return nil }

func (dialector Dialector) BindVarTo(writer clause.Writer, stmt *gorm.Statement, v interface{}) {}

func (dialector Dialector) QuoteTo(writer clause.Writer, str string) {}

func (dialector Dialector) Explain(sql string, vars ...interface{}) string { return sql }
