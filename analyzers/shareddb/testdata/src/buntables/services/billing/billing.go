// Package billing reads the orders table through a copy of orders' bun
// model, and keeps its invoices in a table of its own.
package billing

import (
	"context"
	"database/sql"

	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/pgdialect"
)

// Order copies orders' model: its tag names the orders table too.
type Order struct {
	bun.BaseModel `bun:"table:orders,alias:o"`
	ID            int64
	Total         float64
}

// Invoice is billing's own model: bun names its table invoices.
type Invoice struct {
	ID      int64
	OrderID int64
}

type Store struct{ db *bun.DB }

func Open() *Store {
	sqldb, _ := sql.Open("pgx", "postgres://billing@db/shop")
	return &Store{db: bun.NewDB(sqldb, pgdialect.New())}
}

func (s *Store) Orders(ctx context.Context) ([]Order, error) {
	var out []Order
	err := s.db.NewSelect().Model(&out).Where("total > 0").Scan(ctx) // want `billing reads table orders of postgres:db/shop, which orders owns \(its code creates it with gorm's AutoMigrate or bun's CreateTable\) and writes; .*ask orders through its API`
	return out, err
}

// Invoices is billing's own table: not shared.
func (s *Store) Invoices(ctx context.Context) ([]Invoice, error) {
	var out []Invoice
	err := s.db.NewSelect().Model(&out).Scan(ctx)
	return out, err
}
