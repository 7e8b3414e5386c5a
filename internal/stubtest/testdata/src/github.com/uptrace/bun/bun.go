// Package bun is a minimal stub of github.com/uptrace/bun (checked against v1.2.15 and v1.3.0).
package bun

import (
	"context"
	"database/sql"

	"github.com/uptrace/bun/schema"
)

type (
	BaseModel = schema.BaseModel
	Ident     = schema.Ident
)

// IConn is a common interface for *sql.DB, *sql.Conn, and *sql.Tx.
type IConn interface {
	QueryContext(ctx context.Context, query string, args ...interface{}) (*sql.Rows, error)
	ExecContext(ctx context.Context, query string, args ...interface{}) (sql.Result, error)
	QueryRowContext(ctx context.Context, query string, args ...interface{}) *sql.Row
}

// IDB is a common interface for *bun.DB, bun.Conn, and bun.Tx.
type IDB interface {
	IConn
	NewSelect() *SelectQuery
	NewInsert() *InsertQuery
	NewUpdate() *UpdateQuery
	NewDelete() *DeleteQuery
	NewMerge() *MergeQuery
	NewRaw(query string, args ...interface{}) *RawQuery
	NewCreateTable() *CreateTableQuery
	NewDropTable() *DropTableQuery
	NewTruncateTable() *TruncateTableQuery
	BeginTx(ctx context.Context, opts *sql.TxOptions) (Tx, error)
	RunInTx(ctx context.Context, opts *sql.TxOptions, f func(ctx context.Context, tx Tx) error) error
}

type noCopyState struct {
	*sql.DB
	dialect schema.Dialect
}

// DB wraps a *sql.DB.
type DB struct {
	*noCopyState
}

func NewDB(sqldb *sql.DB, dialect schema.Dialect, opts ...func(db *DB)) *DB {
	return &DB{&noCopyState{DB: sqldb, dialect: dialect}}
}

func (db *DB) NewSelect() *SelectQuery                                      { return &SelectQuery{} }
func (db *DB) NewInsert() *InsertQuery                                      { return &InsertQuery{} }
func (db *DB) NewUpdate() *UpdateQuery                                      { return &UpdateQuery{} }
func (db *DB) NewDelete() *DeleteQuery                                      { return &DeleteQuery{} }
func (db *DB) NewMerge() *MergeQuery                                        { return &MergeQuery{} }
func (db *DB) NewRaw(query string, args ...interface{}) *RawQuery           { return &RawQuery{} }
func (db *DB) NewCreateTable() *CreateTableQuery                            { return &CreateTableQuery{} }
func (db *DB) NewDropTable() *DropTableQuery                                { return &DropTableQuery{} }
func (db *DB) NewTruncateTable() *TruncateTableQuery                        { return &TruncateTableQuery{} }
func (db *DB) Begin() (Tx, error)                                           { return Tx{}, nil }
func (db *DB) BeginTx(ctx context.Context, opts *sql.TxOptions) (Tx, error) { return Tx{}, nil }
func (db *DB) RunInTx(ctx context.Context, opts *sql.TxOptions, f func(ctx context.Context, tx Tx) error) error {
	return nil
}
func (db *DB) Conn(ctx context.Context) (Conn, error) { return Conn{}, nil }
func (db *DB) ExecContext(ctx context.Context, query string, args ...interface{}) (sql.Result, error) {
	return nil, nil
}
func (db *DB) QueryContext(ctx context.Context, query string, args ...interface{}) (*sql.Rows, error) {
	return nil, nil
}
func (db *DB) QueryRowContext(ctx context.Context, query string, args ...interface{}) *sql.Row {
	return nil
}

// Conn is a connection of a DB.
type Conn struct{ *sql.Conn }

func (c Conn) NewSelect() *SelectQuery { return &SelectQuery{} }
func (c Conn) NewInsert() *InsertQuery { return &InsertQuery{} }

// Tx is a transaction.
type Tx struct{ *sql.Tx }

func (tx Tx) NewSelect() *SelectQuery           { return &SelectQuery{} }
func (tx Tx) NewInsert() *InsertQuery           { return &InsertQuery{} }
func (tx Tx) NewUpdate() *UpdateQuery           { return &UpdateQuery{} }
func (tx Tx) NewDelete() *DeleteQuery           { return &DeleteQuery{} }
func (tx Tx) NewMerge() *MergeQuery             { return &MergeQuery{} }
func (tx Tx) NewCreateTable() *CreateTableQuery { return &CreateTableQuery{} }
func (tx Tx) Commit() error                     { return nil }
func (tx Tx) Rollback() error                   { return nil }
func (tx Tx) ExecContext(ctx context.Context, query string, args ...interface{}) (sql.Result, error) {
	return nil, nil
}

// RawQuery runs a statement of its own text.
type RawQuery struct{}

func (q *RawQuery) Scan(ctx context.Context, dest ...interface{}) error { return nil }
func (q *RawQuery) Exec(ctx context.Context, dest ...interface{}) (sql.Result, error) {
	return nil, nil
}
