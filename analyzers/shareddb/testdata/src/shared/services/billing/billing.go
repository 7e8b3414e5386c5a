// Package billing uses the same server as orders and inventory, with a
// database of its own: not shared.
package billing

import "database/sql"

func Open() (*sql.DB, error) {
	return sql.Open("postgres", "postgres://billing@db:5432/billing_db")
}
