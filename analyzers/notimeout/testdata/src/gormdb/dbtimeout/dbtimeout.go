// Package dbtimeout opens gorm with Config.DefaultContextTimeout: since
// gorm v1.30.3 every statement whose context has no deadline runs under
// that timeout, so none of these calls is unbounded.
package dbtimeout

import (
	"context"
	"time"

	"gorm.io/driver/postgres"
	"gorm.io/gorm"
)

type Product struct {
	ID    uint
	Name  string
	Price int64
}

var db *gorm.DB

func Connect(dsn string) error {
	var err error
	db, err = gorm.Open(postgres.Open(dsn), &gorm.Config{DefaultContextTimeout: 5 * time.Second})
	return err
}

// Clean: the default timeout applies.
func products() ([]Product, error) {
	var ps []Product
	err := db.Find(&ps).Error
	return ps, err
}

// Clean.
func cheapest() (*Product, error) {
	var p Product
	err := db.Order("price").First(&p).Error
	return &p, err
}

// Clean.
func addProduct(name string, price int64) error {
	return db.Create(&Product{Name: name, Price: price}).Error
}

// Clean: gorm puts the default timeout on a context without a deadline,
// context.Background() included.
func rename(id uint, name string) error {
	return db.WithContext(context.Background()).Model(&Product{ID: id}).Update("name", name).Error
}
