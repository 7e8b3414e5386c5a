package main

import (
	"context"
	"database/sql"

	"imported/services/orders/store"
)

func main() {
	db, _ := sql.Open("postgres", "postgres://app@db:5432/shop")
	s := &store.Store{DB: db}
	_ = s.Place(context.Background(), 1)
	_, _ = s.Status(context.Background(), 1)
}
