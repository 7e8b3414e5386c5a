// Package billing reads the orders table through a copy of orders' gorm
// model, and keeps its invoices in a table of its own.
package billing

import (
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
)

// Order copies orders' model: gorm names its table orders too.
type Order struct {
	ID    int64
	Total float64
}

type Store struct{ db *gorm.DB }

func Open() (*Store, error) {
	db, err := gorm.Open(postgres.Open("host=db user=billing dbname=shop"), &gorm.Config{})
	return &Store{db: db}, err
}

func (s *Store) Orders() ([]Order, error) {
	var out []Order
	err := s.db.Where("total > 0").Find(&out).Error // want `billing reads table orders of postgres:db/shop, which orders owns \(its code creates it with gorm's AutoMigrate or bun's CreateTable\) and writes; .*ask orders through its API`
	return out, err
}

// Invoices is billing's own table: not shared.
func (s *Store) Invoices(dest any) error {
	return s.db.Table("invoices").Find(dest).Error
}
