package main

import (
	"database/sql"

	"imported/services/orders/store"
	"imported/services/reports"
)

func main() {
	db, _ := sql.Open("postgres", "postgres://app@db:5432/shop")
	_ = reports.Run(&store.Store{DB: db})
}
