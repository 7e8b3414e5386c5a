// Package schema is a minimal stub of gorm.io/gorm/schema (checked against
// gorm v1.31.2): the naming strategy only.
package schema

// Namer namer interface
type Namer interface {
	TableName(table string) string
	ColumnName(table, column string) string
}

// NamingStrategy tables, columns naming strategy
type NamingStrategy struct {
	TablePrefix         string
	SingularTable       bool
	NoLowerCase         bool
	IdentifierMaxLength int
}

// TableName convert string to table name
func (ns NamingStrategy) TableName(str string) string { return ns.TablePrefix + str }

// ColumnName convert string to column name
func (ns NamingStrategy) ColumnName(table, column string) string { return column }
