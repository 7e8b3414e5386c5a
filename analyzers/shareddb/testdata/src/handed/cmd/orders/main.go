package main

import (
	"context"
	"database/sql"

	"handed/services/orders"
)

func main() {
	db, _ := sql.Open("postgres", "postgres://orders@db:5432/orders_db")
	_ = orders.Place(context.Background(), db, 1)
}
