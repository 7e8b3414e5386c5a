// Package inventory keeps stock in inventory_db, and reads orders_db too:
// the shared database.
package inventory

import "database/sql"

func Open() (*sql.DB, error) {
	return sql.Open("postgres", "postgres://inventory@db:5432/inventory_db")
}

func OpenOrders() (*sql.DB, error) {
	return sql.Open("postgres", "postgres://inventory@db:5432/orders_db") // want `inventory uses database postgres:db/orders_db, which orders also uses and no service owns`
}
