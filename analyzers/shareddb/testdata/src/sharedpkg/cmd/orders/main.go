package main

import (
	"database/sql"

	"sharedpkg/services/orders"
)

func main() {
	db, _ := sql.Open("postgres", "postgres://app@db:5432/shop")
	_ = orders.Run(db)
}
