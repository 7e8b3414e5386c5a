package main

import (
	"database/sql"

	"handed/services/reports"
)

func main() {
	own, _ := sql.Open("postgres", "postgres://reports@db:5432/reports_db")
	orders, _ := sql.Open("postgres", "postgres://reports@db:5432/orders_db")
	_ = reports.New(own, orders)
}
