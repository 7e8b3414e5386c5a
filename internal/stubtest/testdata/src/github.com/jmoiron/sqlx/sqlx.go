// Package sqlx is a minimal stub of github.com/jmoiron/sqlx (checked against v1.4.0).
package sqlx

import (
	"context"
	"database/sql"
)

// DB is a wrapper around sql.DB which keeps track of the driverName upon Open.
// (The real type also has an exported Mapper *reflectx.Mapper field.)
type DB struct {
	*sql.DB
	driverName string
	unsafe     bool
}

// Tx is an sqlx wrapper around sql.Tx with extra functionality.
type Tx struct {
	*sql.Tx
	driverName string
	unsafe     bool
}

// Stmt is an sqlx wrapper around sql.Stmt with extra functionality.
type Stmt struct {
	*sql.Stmt
	unsafe bool
}

// Rows is a wrapper around sql.Rows which caches costly reflect operations.
type Rows struct {
	*sql.Rows
	unsafe bool
}

// StructScan is like sql.Rows.Scan, but scans a single Row into a single Struct.
func (r *Rows) StructScan(dest interface{}) error { return nil }

// Row is a reimplementation of sql.Row in order to gain access to the underlying
// sql.Rows.Columns() data, necessary for StructScan.
type Row struct {
	err    error
	unsafe bool
	rows   *sql.Rows
}

// Scan is a fixed implementation of sql.Row.Scan.
func (r *Row) Scan(dest ...interface{}) error { return r.err }

// StructScan a single Row into dest.
func (r *Row) StructScan(dest interface{}) error { return r.err }

// Err returns the error encountered while scanning.
func (r *Row) Err() error { return r.err }

// NewDb returns a new sqlx DB wrapper for a pre-existing *sql.DB.
func NewDb(db *sql.DB, driverName string) *DB { return &DB{DB: db, driverName: driverName} }

// Open is the same as sql.Open, but returns an *sqlx.DB instead.
func Open(driverName, dataSourceName string) (*DB, error) {
	return &DB{driverName: driverName}, nil
}

// MustOpen is the same as sql.Open, but returns an *sqlx.DB instead and panics on error.
func MustOpen(driverName, dataSourceName string) *DB { return &DB{driverName: driverName} }

// Connect to a database and verify with a ping.
func Connect(driverName, dataSourceName string) (*DB, error) {
	return &DB{driverName: driverName}, nil
}

// ConnectContext to a database and verify with a ping.
func ConnectContext(ctx context.Context, driverName, dataSourceName string) (*DB, error) {
	return &DB{driverName: driverName}, nil
}

// MustConnect connects to a database and panics on error.
func MustConnect(driverName, dataSourceName string) *DB { return &DB{driverName: driverName} }

// DriverName returns the driverName passed to the Open function for this DB.
func (db *DB) DriverName() string { return db.driverName }

// Rebind transforms a query from QUESTION to the DB driver's bindvar type.
func (db *DB) Rebind(query string) string { return query }

func (db *DB) NamedQuery(query string, arg interface{}) (*Rows, error) { return nil, nil }

func (db *DB) NamedExec(query string, arg interface{}) (sql.Result, error) { return nil, nil }

func (db *DB) Select(dest interface{}, query string, args ...interface{}) error { return nil }

func (db *DB) Get(dest interface{}, query string, args ...interface{}) error { return nil }

func (db *DB) MustBegin() *Tx { return &Tx{} }

func (db *DB) Beginx() (*Tx, error) { return &Tx{}, nil }

func (db *DB) Queryx(query string, args ...interface{}) (*Rows, error) { return nil, nil }

func (db *DB) QueryRowx(query string, args ...interface{}) *Row { return &Row{} }

func (db *DB) MustExec(query string, args ...interface{}) sql.Result { return nil }

func (db *DB) Preparex(query string) (*Stmt, error) { return &Stmt{}, nil }

func (db *DB) NamedQueryContext(ctx context.Context, query string, arg interface{}) (*Rows, error) {
	return nil, nil
}

func (db *DB) NamedExecContext(ctx context.Context, query string, arg interface{}) (sql.Result, error) {
	return nil, nil
}

func (db *DB) SelectContext(ctx context.Context, dest interface{}, query string, args ...interface{}) error {
	return nil
}

func (db *DB) GetContext(ctx context.Context, dest interface{}, query string, args ...interface{}) error {
	return nil
}

func (db *DB) PreparexContext(ctx context.Context, query string) (*Stmt, error) {
	return &Stmt{}, nil
}

func (db *DB) QueryxContext(ctx context.Context, query string, args ...interface{}) (*Rows, error) {
	return nil, nil
}

func (db *DB) QueryRowxContext(ctx context.Context, query string, args ...interface{}) *Row {
	return &Row{}
}

func (db *DB) MustBeginTx(ctx context.Context, opts *sql.TxOptions) *Tx { return &Tx{} }

func (db *DB) MustExecContext(ctx context.Context, query string, args ...interface{}) sql.Result {
	return nil
}

func (db *DB) BeginTxx(ctx context.Context, opts *sql.TxOptions) (*Tx, error) { return &Tx{}, nil }

// Tx methods. Commit and Rollback are promoted from the embedded *sql.Tx.

func (tx *Tx) DriverName() string { return tx.driverName }

func (tx *Tx) Rebind(query string) string { return query }

func (tx *Tx) NamedQuery(query string, arg interface{}) (*Rows, error) { return nil, nil }

func (tx *Tx) NamedExec(query string, arg interface{}) (sql.Result, error) { return nil, nil }

func (tx *Tx) Select(dest interface{}, query string, args ...interface{}) error { return nil }

func (tx *Tx) Queryx(query string, args ...interface{}) (*Rows, error) { return nil, nil }

func (tx *Tx) QueryRowx(query string, args ...interface{}) *Row { return &Row{} }

func (tx *Tx) Get(dest interface{}, query string, args ...interface{}) error { return nil }

func (tx *Tx) MustExec(query string, args ...interface{}) sql.Result { return nil }

func (tx *Tx) Preparex(query string) (*Stmt, error) { return &Stmt{}, nil }

func (tx *Tx) PreparexContext(ctx context.Context, query string) (*Stmt, error) {
	return &Stmt{}, nil
}

func (tx *Tx) MustExecContext(ctx context.Context, query string, args ...interface{}) sql.Result {
	return nil
}

func (tx *Tx) QueryxContext(ctx context.Context, query string, args ...interface{}) (*Rows, error) {
	return nil, nil
}

func (tx *Tx) SelectContext(ctx context.Context, dest interface{}, query string, args ...interface{}) error {
	return nil
}

func (tx *Tx) GetContext(ctx context.Context, dest interface{}, query string, args ...interface{}) error {
	return nil
}

func (tx *Tx) QueryRowxContext(ctx context.Context, query string, args ...interface{}) *Row {
	return &Row{}
}

func (tx *Tx) NamedExecContext(ctx context.Context, query string, arg interface{}) (sql.Result, error) {
	return nil, nil
}

// Queryer is an interface used by Get and Select.
type Queryer interface {
	Query(query string, args ...interface{}) (*sql.Rows, error)
	Queryx(query string, args ...interface{}) (*Rows, error)
	QueryRowx(query string, args ...interface{}) *Row
}

// Get does a QueryRow using the provided Queryer, and scans the resulting row
// to dest.
func Get(q Queryer, dest interface{}, query string, args ...interface{}) error { return nil }

// Select executes a query using the provided Queryer, and StructScans each row
// into dest, which must be a slice.
func Select(q Queryer, dest interface{}, query string, args ...interface{}) error { return nil }

// QueryerContext is an interface used by GetContext and SelectContext.
type QueryerContext interface {
	QueryContext(ctx context.Context, query string, args ...interface{}) (*sql.Rows, error)
}

// GetContext does a QueryRow using the provided Queryer, and scans the
// resulting row to dest.
func GetContext(ctx context.Context, q QueryerContext, dest interface{}, query string, args ...interface{}) error {
	return nil
}

// SelectContext executes a query using the provided Queryer, and
// StructScans each row into dest, which must be a slice.
func SelectContext(ctx context.Context, q QueryerContext, dest interface{}, query string, args ...interface{}) error {
	return nil
}
