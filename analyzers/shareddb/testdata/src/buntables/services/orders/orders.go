// Package orders creates the orders table with bun's CreateTable and
// writes it.
package orders

import (
	"context"
	"database/sql"

	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/pgdialect"
)

type Order struct {
	bun.BaseModel `bun:"table:orders,alias:o"`
	ID            int64
	Total         float64
}

type Store struct{ db *bun.DB }

func Open(ctx context.Context) (*Store, error) {
	sqldb, err := sql.Open("pgx", "postgres://orders@db/shop")
	if err != nil {
		return nil, err
	}
	db := bun.NewDB(sqldb, pgdialect.New())
	if _, err := db.NewCreateTable().Model((*Order)(nil)).IfNotExists().Exec(ctx); err != nil {
		return nil, err
	}
	return &Store{db: db}, nil
}

func (s *Store) Place(ctx context.Context, o *Order) error {
	_, err := s.db.NewInsert().Model(o).Exec(ctx)
	return err
}
