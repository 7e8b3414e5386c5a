// Package pgx is a minimal stub of github.com/jackc/pgx/v5 (checked against v5.12.0).
package pgx

import (
	"context"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgtype"
)

// Conn is a PostgreSQL connection handle. It is not safe for concurrent usage.
type Conn struct {
	connString string
}

// ConnConfig contains all the options used to establish a connection.
type ConnConfig struct {
	pgconn.Config
}

// ParseConfig creates a ConnConfig from a connection string.
func ParseConfig(connString string) (*ConnConfig, error) { return &ConnConfig{}, nil }

// ConnectConfig establishes a connection with a PostgreSQL server with a configuration struct.
func ConnectConfig(ctx context.Context, connConfig *ConnConfig) (*Conn, error) {
	return &Conn{}, nil
}

// Connect establishes a connection with a PostgreSQL server with a connection string.
func Connect(ctx context.Context, connString string) (*Conn, error) {
	return &Conn{connString: connString}, nil
}

// Close closes a connection.
func (c *Conn) Close(ctx context.Context) error { return nil }

// Ping delegates to the underlying *pgconn.PgConn.Ping.
func (c *Conn) Ping(ctx context.Context) error { return nil }

// Exec executes sql.
func (c *Conn) Exec(ctx context.Context, sql string, arguments ...any) (pgconn.CommandTag, error) {
	return pgconn.CommandTag{}, nil
}

// Query sends a query to the server and returns a Rows to read the results.
func (c *Conn) Query(ctx context.Context, sql string, args ...any) (Rows, error) {
	return nil, nil
}

// QueryRow is a convenience wrapper over Query.
func (c *Conn) QueryRow(ctx context.Context, sql string, args ...any) Row {
	return nil
}

// Prepare creates a prepared statement with name and sql.
func (c *Conn) Prepare(ctx context.Context, name, sql string) (sd *pgconn.StatementDescription, err error) {
	return &pgconn.StatementDescription{Name: name, SQL: sql}, nil
}

// SendBatch sends all queued queries to the server at once.
func (c *Conn) SendBatch(ctx context.Context, b *Batch) BatchResults { return nil }

// CopyFrom uses the PostgreSQL copy protocol to perform bulk data insertion.
func (c *Conn) CopyFrom(ctx context.Context, tableName Identifier, columnNames []string, rowSrc CopyFromSource) (int64, error) {
	return 0, nil
}

// Begin starts a transaction.
func (c *Conn) Begin(ctx context.Context) (Tx, error) { return nil, nil }

// BeginTx starts a transaction with txOptions determining the transaction mode.
func (c *Conn) BeginTx(ctx context.Context, txOptions TxOptions) (Tx, error) { return nil, nil }

// TxIsoLevel is the transaction isolation level.
type TxIsoLevel string

// TxAccessMode is the transaction access mode.
type TxAccessMode string

// TxDeferrableMode is the transaction deferrable mode.
type TxDeferrableMode string

// TxOptions are transaction modes within a transaction block.
type TxOptions struct {
	IsoLevel       TxIsoLevel
	AccessMode     TxAccessMode
	DeferrableMode TxDeferrableMode
	BeginQuery     string
	CommitQuery    string
}

// BeginFunc calls Begin on db and then calls fn. If fn does not return an
// error then it calls Tx.Commit on db. If fn returns an error it calls
// Tx.Rollback on db.
func BeginFunc(
	ctx context.Context,
	db interface {
		Begin(ctx context.Context) (Tx, error)
	},
	fn func(Tx) error,
) (err error) {
	tx, err := db.Begin(ctx)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback(ctx)
		return err
	}
	return tx.Commit(ctx)
}

// Identifier a PostgreSQL identifier or name. Identifiers can be composed of
// multiple parts such as ["schema", "table"] or ["table", "column"].
type Identifier []string

// CopyFromSource is the interface used by *Conn.CopyFrom as the source for copy data.
type CopyFromSource interface {
	Next() bool
	Values() ([]any, error)
	Err() error
}

// QueuedQuery is a query that has been queued for execution via a Batch.
type QueuedQuery struct {
	SQL       string
	Arguments []any
}

// Batch queries are a way of bundling multiple queries together to avoid
// unnecessary network round trips.
type Batch struct {
	QueuedQueries []*QueuedQuery
}

// Queue queues a query to batch b.
func (b *Batch) Queue(query string, arguments ...any) *QueuedQuery {
	qq := &QueuedQuery{SQL: query, Arguments: arguments}
	b.QueuedQueries = append(b.QueuedQueries, qq)
	return qq
}

// Len returns number of queries that have been queued so far.
func (b *Batch) Len() int { return len(b.QueuedQueries) }

// BatchResults are the results of a SendBatch.
type BatchResults interface {
	Exec() (pgconn.CommandTag, error)
	Query() (Rows, error)
	QueryRow() Row
	Close() error
}

// LargeObjects is a structure used to access the large objects API.
type LargeObjects struct {
	tx Tx
}

// Tx represents a database transaction.
type Tx interface {
	Begin(ctx context.Context) (Tx, error)
	Commit(ctx context.Context) error
	Rollback(ctx context.Context) error

	CopyFrom(ctx context.Context, tableName Identifier, columnNames []string, rowSrc CopyFromSource) (int64, error)
	SendBatch(ctx context.Context, b *Batch) BatchResults
	LargeObjects() LargeObjects

	Prepare(ctx context.Context, name, sql string) (*pgconn.StatementDescription, error)

	Exec(ctx context.Context, sql string, arguments ...any) (commandTag pgconn.CommandTag, err error)
	Query(ctx context.Context, sql string, args ...any) (Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) Row

	Conn() *Conn
}

// Rows is the result set returned from *Conn.Query.
type Rows interface {
	Close()
	Err() error
	CommandTag() pgconn.CommandTag
	FieldDescriptions() []pgconn.FieldDescription
	Next() bool
	Scan(dest ...any) error
	Values() ([]any, error)
	RawValues() [][]byte
	Conn() *Conn
	TypeMap() *pgtype.Map
}

// Row is a convenience wrapper over Rows that is returned by QueryRow.
type Row interface {
	Scan(dest ...any) error
}

// ErrNoRows occurs when rows are expected but none are returned.
var ErrNoRows error = errNoRows{}

type errNoRows struct{}

func (errNoRows) Error() string { return "no rows in result set" }
