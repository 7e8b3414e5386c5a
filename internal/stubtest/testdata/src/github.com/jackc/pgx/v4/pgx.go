// Package pgx is a minimal stub of github.com/jackc/pgx/v4 (checked against v4.18.3).
package pgx

import "context"

// Conn is a PostgreSQL connection handle. It is not safe for concurrent usage.
type Conn struct {
	config *ConnConfig
}

// ConnConfig contains all the options used to establish a connection.
// (The real type embeds pgconn.Config.)
type ConnConfig struct {
	Host     string
	Port     uint16
	Database string
	User     string
	Password string
}

// ParseConfig creates a ConnConfig from a connection string.
func ParseConfig(connString string) (*ConnConfig, error) { return &ConnConfig{}, nil }

// Connect establishes a connection with a PostgreSQL server with a connection string.
func Connect(ctx context.Context, connString string) (*Conn, error) { return &Conn{}, nil }

// ConnectConfig establishes a connection with a PostgreSQL server with a configuration struct.
func ConnectConfig(ctx context.Context, connConfig *ConnConfig) (*Conn, error) {
	return &Conn{config: connConfig}, nil
}

// Close closes a connection.
func (c *Conn) Close(ctx context.Context) error { return nil }

// Ping checks the connection.
func (c *Conn) Ping(ctx context.Context) error { return nil }
