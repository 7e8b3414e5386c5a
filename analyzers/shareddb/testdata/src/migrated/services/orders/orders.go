// Package orders creates orders_db in its migrations: the owner.
package orders

import "database/sql"

func Open() (*sql.DB, error) {
	return sql.Open("postgres", "postgres://orders@db:5432/orders_db")
}
