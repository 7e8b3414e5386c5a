// Package orders owns orders_db (boundcheck.yaml): its own connection is
// not reported.
package orders

import "database/sql"

func Open() (*sql.DB, error) {
	return sql.Open("postgres", "postgres://orders@db:5432/orders_db")
}
