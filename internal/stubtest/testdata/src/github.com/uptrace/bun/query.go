package bun

import (
	"context"
	"database/sql"
)

// SelectQuery builds a SELECT.
type SelectQuery struct{}

func (q *SelectQuery) Conn(db IConn) *SelectQuery                                    { return q }
func (q *SelectQuery) Model(model interface{}) *SelectQuery                          { return q }
func (q *SelectQuery) Apply(fns ...func(*SelectQuery) *SelectQuery) *SelectQuery     { return q }
func (q *SelectQuery) Table(tables ...string) *SelectQuery                           { return q }
func (q *SelectQuery) TableExpr(query string, args ...interface{}) *SelectQuery      { return q }
func (q *SelectQuery) ModelTableExpr(query string, args ...interface{}) *SelectQuery { return q }
func (q *SelectQuery) Column(columns ...string) *SelectQuery                         { return q }
func (q *SelectQuery) ColumnExpr(query string, args ...interface{}) *SelectQuery     { return q }
func (q *SelectQuery) Where(query string, args ...interface{}) *SelectQuery          { return q }
func (q *SelectQuery) WherePK(cols ...string) *SelectQuery                           { return q }
func (q *SelectQuery) Relation(name string, apply ...func(*SelectQuery) *SelectQuery) *SelectQuery {
	return q
}
func (q *SelectQuery) Order(orders ...string) *SelectQuery                 { return q }
func (q *SelectQuery) Limit(n int) *SelectQuery                            { return q }
func (q *SelectQuery) String() string                                      { return "" }
func (q *SelectQuery) Rows(ctx context.Context) (*sql.Rows, error)         { return nil, nil }
func (q *SelectQuery) Scan(ctx context.Context, dest ...interface{}) error { return nil }
func (q *SelectQuery) Count(ctx context.Context) (int, error)              { return 0, nil }
func (q *SelectQuery) Exists(ctx context.Context) (bool, error)            { return false, nil }
func (q *SelectQuery) ScanAndCount(ctx context.Context, dest ...interface{}) (int, error) {
	return 0, nil
}
func (q *SelectQuery) Exec(ctx context.Context, dest ...interface{}) (sql.Result, error) {
	return nil, nil
}

// InsertQuery builds an INSERT.
type InsertQuery struct{}

func (q *InsertQuery) Model(model interface{}) *InsertQuery                          { return q }
func (q *InsertQuery) Table(tables ...string) *InsertQuery                           { return q }
func (q *InsertQuery) TableExpr(query string, args ...interface{}) *InsertQuery      { return q }
func (q *InsertQuery) ModelTableExpr(query string, args ...interface{}) *InsertQuery { return q }
func (q *InsertQuery) On(s string, args ...interface{}) *InsertQuery                 { return q }
func (q *InsertQuery) Returning(query string, args ...interface{}) *InsertQuery      { return q }
func (q *InsertQuery) Scan(ctx context.Context, dest ...interface{}) error           { return nil }
func (q *InsertQuery) Exec(ctx context.Context, dest ...interface{}) (sql.Result, error) {
	return nil, nil
}

// UpdateQuery builds an UPDATE.
type UpdateQuery struct{}

func (q *UpdateQuery) Model(model interface{}) *UpdateQuery                          { return q }
func (q *UpdateQuery) Table(tables ...string) *UpdateQuery                           { return q }
func (q *UpdateQuery) TableExpr(query string, args ...interface{}) *UpdateQuery      { return q }
func (q *UpdateQuery) ModelTableExpr(query string, args ...interface{}) *UpdateQuery { return q }
func (q *UpdateQuery) Set(query string, args ...interface{}) *UpdateQuery            { return q }
func (q *UpdateQuery) Column(columns ...string) *UpdateQuery                         { return q }
func (q *UpdateQuery) Where(query string, args ...interface{}) *UpdateQuery          { return q }
func (q *UpdateQuery) WherePK(cols ...string) *UpdateQuery                           { return q }
func (q *UpdateQuery) Scan(ctx context.Context, dest ...interface{}) error           { return nil }
func (q *UpdateQuery) Exec(ctx context.Context, dest ...interface{}) (sql.Result, error) {
	return nil, nil
}

// DeleteQuery builds a DELETE.
type DeleteQuery struct{}

func (q *DeleteQuery) Model(model interface{}) *DeleteQuery                          { return q }
func (q *DeleteQuery) Table(tables ...string) *DeleteQuery                           { return q }
func (q *DeleteQuery) TableExpr(query string, args ...interface{}) *DeleteQuery      { return q }
func (q *DeleteQuery) ModelTableExpr(query string, args ...interface{}) *DeleteQuery { return q }
func (q *DeleteQuery) Where(query string, args ...interface{}) *DeleteQuery          { return q }
func (q *DeleteQuery) WherePK(cols ...string) *DeleteQuery                           { return q }
func (q *DeleteQuery) Scan(ctx context.Context, dest ...interface{}) error           { return nil }
func (q *DeleteQuery) Exec(ctx context.Context, dest ...interface{}) (sql.Result, error) {
	return nil, nil
}

// MergeQuery builds a MERGE.
type MergeQuery struct{}

func (q *MergeQuery) Model(model interface{}) *MergeQuery                          { return q }
func (q *MergeQuery) Table(tables ...string) *MergeQuery                           { return q }
func (q *MergeQuery) ModelTableExpr(query string, args ...interface{}) *MergeQuery { return q }
func (q *MergeQuery) Using(s string, args ...interface{}) *MergeQuery              { return q }
func (q *MergeQuery) On(s string, args ...interface{}) *MergeQuery                 { return q }
func (q *MergeQuery) Scan(ctx context.Context, dest ...interface{}) error          { return nil }
func (q *MergeQuery) Exec(ctx context.Context, dest ...interface{}) (sql.Result, error) {
	return nil, nil
}

// CreateTableQuery builds a CREATE TABLE.
type CreateTableQuery struct{}

func (q *CreateTableQuery) Model(model interface{}) *CreateTableQuery { return q }
func (q *CreateTableQuery) Table(tables ...string) *CreateTableQuery  { return q }
func (q *CreateTableQuery) IfNotExists() *CreateTableQuery            { return q }
func (q *CreateTableQuery) Exec(ctx context.Context, dest ...interface{}) (sql.Result, error) {
	return nil, nil
}

// DropTableQuery builds a DROP TABLE.
type DropTableQuery struct{}

func (q *DropTableQuery) Model(model interface{}) *DropTableQuery { return q }
func (q *DropTableQuery) IfExists() *DropTableQuery               { return q }
func (q *DropTableQuery) Exec(ctx context.Context, dest ...interface{}) (sql.Result, error) {
	return nil, nil
}

// TruncateTableQuery builds a TRUNCATE.
type TruncateTableQuery struct{}

func (q *TruncateTableQuery) Model(model interface{}) *TruncateTableQuery { return q }
func (q *TruncateTableQuery) Exec(ctx context.Context, dest ...interface{}) (sql.Result, error) {
	return nil, nil
}
