// Package pgconn is a minimal stub of github.com/jackc/pgconn (checked against v1.14.3), pgx v4's low-level connection.
package pgconn

// CommandTag is the status text returned by PostgreSQL for a query.
type CommandTag []byte

// RowsAffected returns the number of rows affected.
func (ct CommandTag) RowsAffected() int64 { return 0 }

// StatementDescription is the description of a prepared statement.
type StatementDescription struct {
	Name string
	SQL  string
}
