// Package orders creates the orders table with gorm's AutoMigrate and
// writes it.
package orders

import (
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
)

type Order struct {
	ID    int64
	Total float64
}

type Store struct{ db *gorm.DB }

func Open() (*Store, error) {
	db, err := gorm.Open(postgres.Open("host=db user=orders dbname=shop"), &gorm.Config{})
	if err != nil {
		return nil, err
	}
	if err := db.AutoMigrate(&Order{}); err != nil {
		return nil, err
	}
	return &Store{db: db}, nil
}

func (s *Store) Place(o *Order) error {
	return s.db.Create(o).Error
}
