// Package goqu is a minimal stub of github.com/doug-martin/goqu/v9 (checked against v9.18.0).
package goqu

import (
	"context"
	"database/sql"

	"github.com/doug-martin/goqu/v9/exp"
)

// SQLDatabase is what New wraps (a *sql.DB).
type SQLDatabase interface {
	QueryContext(ctx context.Context, query string, args ...interface{}) (*sql.Rows, error)
}

type ident struct{ name string }

func (i ident) Table(table string) exp.IdentifierExpression { return ident{i.name + "." + table} }

// I names an identifier ("schema.table.column").
func I(ident string) exp.IdentifierExpression { return nil }

// S names a schema.
func S(schema string) exp.IdentifierExpression { return ident{schema} }

// T names a table.
func T(table string) exp.IdentifierExpression { return ident{table} }

// DialectWrapper builds statements of one dialect.
type DialectWrapper struct{ dialect string }

func Dialect(dialect string) DialectWrapper { return DialectWrapper{dialect} }

func (dw DialectWrapper) From(table ...interface{}) *SelectDataset { return &SelectDataset{} }
func (dw DialectWrapper) Update(table interface{}) *UpdateDataset  { return &UpdateDataset{} }
func (dw DialectWrapper) Insert(table interface{}) *InsertDataset  { return &InsertDataset{} }
func (dw DialectWrapper) Delete(table interface{}) *DeleteDataset  { return &DeleteDataset{} }

// Database runs statements on the database New wraps.
type Database struct{ db SQLDatabase }

func New(dialect string, db SQLDatabase) *Database { return &Database{db: db} }

func (d *Database) From(from ...interface{}) *SelectDataset { return &SelectDataset{} }
func (d *Database) Update(table interface{}) *UpdateDataset { return &UpdateDataset{} }
func (d *Database) Insert(table interface{}) *InsertDataset { return &InsertDataset{} }
func (d *Database) Delete(table interface{}) *DeleteDataset { return &DeleteDataset{} }
func (d *Database) Begin() (*TxDatabase, error)             { return &TxDatabase{}, nil }

// TxDatabase runs statements in a transaction.
type TxDatabase struct{}

func (td *TxDatabase) From(cols ...interface{}) *SelectDataset { return &SelectDataset{} }
func (td *TxDatabase) Update(table interface{}) *UpdateDataset { return &UpdateDataset{} }
func (td *TxDatabase) Insert(table interface{}) *InsertDataset { return &InsertDataset{} }
func (td *TxDatabase) Delete(table interface{}) *DeleteDataset { return &DeleteDataset{} }

func From(table ...interface{}) *SelectDataset { return &SelectDataset{} }
func Insert(table interface{}) *InsertDataset  { return &InsertDataset{} }
func Update(table interface{}) *UpdateDataset  { return &UpdateDataset{} }
func Delete(table interface{}) *DeleteDataset  { return &DeleteDataset{} }

// SelectDataset builds a SELECT.
type SelectDataset struct{}

func (sd *SelectDataset) From(from ...interface{}) *SelectDataset         { return sd }
func (sd *SelectDataset) Where(expressions ...interface{}) *SelectDataset { return sd }
func (sd *SelectDataset) Update() *UpdateDataset                          { return &UpdateDataset{} }
func (sd *SelectDataset) Insert() *InsertDataset                          { return &InsertDataset{} }
func (sd *SelectDataset) Delete() *DeleteDataset                          { return &DeleteDataset{} }
func (sd *SelectDataset) ScanStructs(i interface{}) error                 { return nil }
func (sd *SelectDataset) ToSQL() (string, []interface{}, error)           { return "", nil, nil }

// InsertDataset builds an INSERT.
type InsertDataset struct{}

func (id *InsertDataset) Into(into interface{}) *InsertDataset    { return id }
func (id *InsertDataset) Rows(rows ...interface{}) *InsertDataset { return id }

// UpdateDataset builds an UPDATE.
type UpdateDataset struct{}

func (ud *UpdateDataset) Table(table interface{}) *UpdateDataset { return ud }
func (ud *UpdateDataset) Set(values interface{}) *UpdateDataset  { return ud }

// DeleteDataset builds a DELETE.
type DeleteDataset struct{}

func (dd *DeleteDataset) From(table interface{}) *DeleteDataset { return dd }
