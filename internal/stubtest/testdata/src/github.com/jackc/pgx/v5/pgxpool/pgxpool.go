// Package pgxpool is a minimal stub of github.com/jackc/pgx/v5/pgxpool (checked against v5.12.0).
package pgxpool

import (
	"context"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// Config is the configuration struct for creating a pool.
type Config struct {
	ConnConfig *pgx.ConnConfig
}

// ParseConfig builds a Config from connString.
func ParseConfig(connString string) (*Config, error) { return &Config{}, nil }

// Pool allows for connection reuse.
type Pool struct {
	config *Config
}

// New creates a new Pool.
func New(ctx context.Context, connString string) (*Pool, error) { return &Pool{}, nil }

// NewWithConfig creates a new Pool.
func NewWithConfig(ctx context.Context, config *Config) (*Pool, error) {
	return &Pool{config: config}, nil
}

// Close closes all connections in the pool and rejects future Acquire calls.
func (p *Pool) Close() {}

// Acquire returns a connection (*Conn) from the Pool.
func (p *Pool) Acquire(ctx context.Context) (c *Conn, err error) { return &Conn{}, nil }

// Exec acquires a connection from the Pool and executes the given SQL.
func (p *Pool) Exec(ctx context.Context, sql string, arguments ...any) (pgconn.CommandTag, error) {
	return pgconn.CommandTag{}, nil
}

// Query acquires a connection and executes a query that returns pgx.Rows.
func (p *Pool) Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error) {
	return nil, nil
}

// QueryRow acquires a connection and executes a query that is expected to
// return at most one row (pgx.Row).
func (p *Pool) QueryRow(ctx context.Context, sql string, args ...any) pgx.Row { return nil }

// Begin acquires a connection from the Pool and starts a transaction.
func (p *Pool) Begin(ctx context.Context) (pgx.Tx, error) { return nil, nil }

// AcquireFunc acquires a *Conn and calls f with that *Conn.
func (p *Pool) AcquireFunc(ctx context.Context, f func(*Conn) error) error { return f(&Conn{}) }

// SendBatch acquires a connection and sends the batch.
func (p *Pool) SendBatch(ctx context.Context, b *pgx.Batch) pgx.BatchResults { return nil }

// BeginTx acquires a connection from the Pool and starts a transaction with pgx.TxOptions.
func (p *Pool) BeginTx(ctx context.Context, txOptions pgx.TxOptions) (pgx.Tx, error) {
	return nil, nil
}

// CopyFrom acquires a connection and performs a COPY FROM.
func (p *Pool) CopyFrom(ctx context.Context, tableName pgx.Identifier, columnNames []string, rowSrc pgx.CopyFromSource) (int64, error) {
	return 0, nil
}

// Ping acquires a connection from the Pool and executes an empty sql statement against it.
func (p *Pool) Ping(ctx context.Context) error { return nil }

// Conn is an acquired *pgx.Conn from a Pool.
type Conn struct {
	res any
}

// Release returns c to the pool it was acquired from.
func (c *Conn) Release() {}

func (c *Conn) Exec(ctx context.Context, sql string, arguments ...any) (pgconn.CommandTag, error) {
	return pgconn.CommandTag{}, nil
}

func (c *Conn) Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error) {
	return nil, nil
}

func (c *Conn) QueryRow(ctx context.Context, sql string, args ...any) pgx.Row { return nil }

func (c *Conn) SendBatch(ctx context.Context, b *pgx.Batch) pgx.BatchResults { return nil }

func (c *Conn) CopyFrom(ctx context.Context, tableName pgx.Identifier, columnNames []string, rowSrc pgx.CopyFromSource) (int64, error) {
	return 0, nil
}

func (c *Conn) Begin(ctx context.Context) (pgx.Tx, error) { return nil, nil }

func (c *Conn) BeginTx(ctx context.Context, txOptions pgx.TxOptions) (pgx.Tx, error) {
	return nil, nil
}

func (c *Conn) Ping(ctx context.Context) error { return nil }

// Conn returns the underlying *pgx.Conn.
func (c *Conn) Conn() *pgx.Conn { return nil }

// Tx represents a database transaction acquired from a Pool.
// (Pool.Begin returns the pgx.Tx interface, not this type.)
type Tx struct {
	t pgx.Tx
	c *Conn
}

var _ pgx.Tx = (*Tx)(nil)

func (tx *Tx) Begin(ctx context.Context) (pgx.Tx, error) { return tx.t.Begin(ctx) }

func (tx *Tx) Commit(ctx context.Context) error { return nil }

func (tx *Tx) Rollback(ctx context.Context) error { return nil }

func (tx *Tx) CopyFrom(ctx context.Context, tableName pgx.Identifier, columnNames []string, rowSrc pgx.CopyFromSource) (int64, error) {
	return 0, nil
}

func (tx *Tx) SendBatch(ctx context.Context, b *pgx.Batch) pgx.BatchResults { return nil }

func (tx *Tx) LargeObjects() pgx.LargeObjects { return tx.t.LargeObjects() }

func (tx *Tx) Prepare(ctx context.Context, name, sql string) (*pgconn.StatementDescription, error) {
	return nil, nil
}

func (tx *Tx) Exec(ctx context.Context, sql string, arguments ...any) (pgconn.CommandTag, error) {
	return pgconn.CommandTag{}, nil
}

func (tx *Tx) Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error) {
	return nil, nil
}

func (tx *Tx) QueryRow(ctx context.Context, sql string, args ...any) pgx.Row { return nil }

func (tx *Tx) Conn() *pgx.Conn { return nil }
