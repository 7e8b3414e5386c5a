// Package orders creates the orders table.
package orders

import "database/sql"

func Open() (*sql.DB, error) { return sql.Open("postgres", "postgres://orders@db:5432/shop") }
