// Package exp is a minimal stub of github.com/doug-martin/goqu/v9/exp (checked against v9.18.0).
package exp

// IdentifierExpression names a schema, table or column.
type IdentifierExpression interface {
	Table(table string) IdentifierExpression
}

// Ex is a map of column to value, for Where.
type Ex map[string]interface{}
