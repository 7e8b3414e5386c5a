// Package pgxpool is a minimal stub of github.com/jackc/pgx/v4/pgxpool (checked against v4.18.3).
package pgxpool

import (
	"context"

	"github.com/jackc/pgconn"
	"github.com/jackc/pgx/v4"
)

// Config is the configuration struct for creating a pool.
type Config struct {
	ConnConfig *pgx.ConnConfig
	MaxConns   int32
}

// ParseConfig builds a Config from connString.
func ParseConfig(connString string) (*Config, error) { return &Config{}, nil }

// Pool allows for connection reuse.
type Pool struct {
	config *Config
}

// Connect creates a new Pool and immediately establishes one connection.
func Connect(ctx context.Context, connString string) (*Pool, error) { return &Pool{}, nil }

// ConnectConfig creates a new Pool and immediately establishes one connection.
func ConnectConfig(ctx context.Context, config *Config) (*Pool, error) {
	return &Pool{config: config}, nil
}

// Close closes all connections in the pool and rejects future Acquire calls.
func (p *Pool) Close() {}

// Ping acquires a connection from the Pool and executes an empty sql statement against it.
func (p *Pool) Ping(ctx context.Context) error { return nil }

// Exec acquires a connection from the Pool and executes the given SQL.
func (p *Pool) Exec(ctx context.Context, sql string, arguments ...interface{}) (pgconn.CommandTag, error) {
	return nil, nil
}

// Query acquires a connection and executes a query that returns pgx.Rows.
func (p *Pool) Query(ctx context.Context, sql string, args ...interface{}) (pgx.Rows, error) {
	return nil, nil
}

// QueryRow acquires a connection and executes a query that is expected to
// return at most one row.
func (p *Pool) QueryRow(ctx context.Context, sql string, args ...interface{}) pgx.Row { return nil }

// Begin acquires a connection from the Pool and starts a transaction.
func (p *Pool) Begin(ctx context.Context) (pgx.Tx, error) { return nil, nil }

// SendBatch acquires a connection and sends the batch.
func (p *Pool) SendBatch(ctx context.Context, b *pgx.Batch) pgx.BatchResults { return nil }

// CopyFrom acquires a connection and performs a COPY FROM.
func (p *Pool) CopyFrom(ctx context.Context, tableName pgx.Identifier, columnNames []string, rowSrc pgx.CopyFromSource) (int64, error) {
	return 0, nil
}
