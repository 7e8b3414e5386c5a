// Package pgconn is a minimal stub of github.com/jackc/pgx/v5/pgconn (checked against v5.12.0).
package pgconn

import "time"

// Config is the settings used to establish a connection to a PostgreSQL server.
type Config struct {
	Host           string
	Port           uint16
	Database       string
	User           string
	Password       string
	ConnectTimeout time.Duration
	RuntimeParams  map[string]string
}

// CommandTag is the status text returned by PostgreSQL for a query.
type CommandTag struct {
	s string
}

// NewCommandTag makes a CommandTag from s.
func NewCommandTag(s string) CommandTag { return CommandTag{s: s} }

// RowsAffected returns the number of rows affected.
func (ct CommandTag) RowsAffected() int64 { return 0 }

func (ct CommandTag) String() string { return ct.s }

func (ct CommandTag) Insert() bool { return false }

func (ct CommandTag) Update() bool { return false }

func (ct CommandTag) Delete() bool { return false }

func (ct CommandTag) Select() bool { return false }

// FieldDescription describes a field returned by a query.
type FieldDescription struct {
	Name                 string
	TableOID             uint32
	TableAttributeNumber uint16
	DataTypeOID          uint32
	DataTypeSize         int16
	TypeModifier         int32
	Format               int16
}

// StatementDescription is the result of a Prepare.
type StatementDescription struct {
	Name      string
	SQL       string
	ParamOIDs []uint32
	Fields    []FieldDescription
}

// PgError is an error the PostgreSQL server returns.
type PgError struct {
	Severity string
	Code     string
	Message  string
}

func (pe *PgError) Error() string {
	return pe.Severity + ": " + pe.Message + " (SQLSTATE " + pe.Code + ")"
}
