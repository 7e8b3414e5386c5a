// Package squirrel is a stub of github.com/Masterminds/squirrel: the
// builders that name a table.
package squirrel

import "database/sql"

type BaseRunner interface{}

type SelectBuilder struct{}

func Select(columns ...string) SelectBuilder                                      { return SelectBuilder{} }
func (b SelectBuilder) From(from string) SelectBuilder                            { return b }
func (b SelectBuilder) Where(pred interface{}, args ...interface{}) SelectBuilder { return b }
func (b SelectBuilder) RunWith(runner BaseRunner) SelectBuilder                   { return b }
func (b SelectBuilder) Query() (*sql.Rows, error)                                 { return nil, nil }
func (b SelectBuilder) ToSql() (string, []interface{}, error)                     { return "", nil, nil }

type InsertBuilder struct{}

func Insert(into string) InsertBuilder                             { return InsertBuilder{} }
func (b InsertBuilder) Into(from string) InsertBuilder             { return b }
func (b InsertBuilder) Values(values ...interface{}) InsertBuilder { return b }
func (b InsertBuilder) RunWith(runner BaseRunner) InsertBuilder    { return b }
func (b InsertBuilder) Exec() (sql.Result, error)                  { return nil, nil }

type UpdateBuilder struct{}

func Update(table string) UpdateBuilder                                    { return UpdateBuilder{} }
func (b UpdateBuilder) Table(table string) UpdateBuilder                   { return b }
func (b UpdateBuilder) Set(column string, value interface{}) UpdateBuilder { return b }

type DeleteBuilder struct{}

func Delete(from string) DeleteBuilder                 { return DeleteBuilder{} }
func (b DeleteBuilder) From(from string) DeleteBuilder { return b }

type StatementBuilderType struct{}

var StatementBuilder = StatementBuilderType{}

func (b StatementBuilderType) Select(columns ...string) SelectBuilder { return SelectBuilder{} }
func (b StatementBuilderType) Insert(into string) InsertBuilder       { return InsertBuilder{} }
func (b StatementBuilderType) Update(table string) UpdateBuilder      { return UpdateBuilder{} }
func (b StatementBuilderType) Delete(from string) DeleteBuilder       { return DeleteBuilder{} }
