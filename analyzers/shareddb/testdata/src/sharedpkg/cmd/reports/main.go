package main

import (
	"database/sql"

	"sharedpkg/services/reports"
)

func main() {
	db, _ := sql.Open("postgres", "postgres://app@db:5432/shop")
	_ = reports.Run(db)
}
