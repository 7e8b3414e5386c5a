// Package inventory reads orders_db, which orders' migrations create.
package inventory

import "database/sql"

func Open() (*sql.DB, error) {
	return sql.Open("postgres", "postgres://inventory@db:5432/orders_db") // want `inventory uses database postgres:db/orders_db, which orders owns \(creates it in services/orders/migrations/001_init.up.sql:2\); .*ask orders`
}
