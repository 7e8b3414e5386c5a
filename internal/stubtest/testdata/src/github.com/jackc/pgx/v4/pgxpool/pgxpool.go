// Package pgxpool is a minimal stub of github.com/jackc/pgx/v4/pgxpool (checked against v4.18.3).
package pgxpool

import (
	"context"

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
