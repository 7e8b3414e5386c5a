// Package billing reads orders' table through squirrel, and writes its own.
package billing

import (
	"database/sql"

	sq "github.com/Masterminds/squirrel"
)

func Open() (*sql.DB, error) { return sql.Open("postgres", "postgres://billing@db:5432/shop") }

func Totals(db *sql.DB) {
	_, _ = sq.Select("total").From("orders").RunWith(db).Query() // want `billing reads table orders of postgres:db/shop, which orders owns \(creates it in services/orders/migrations/001.up.sql:1\)`
	_, _ = sq.Insert("invoices").Values(1).Exec()
}
