package gormdb

import (
	"context"
	"time"

	"gorm.io/gorm"
)

// Shared is a package-level *gorm.DB that functions reassign.
var Shared *gorm.DB

func openShared(d *gorm.DB) { Shared = d }

// The function puts a *gorm.DB with a deadline in the global before it
// reads it, filter after filter: what it stored is what it reads. Clean.
func listShared(filters map[string]any) ([]User, error) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	Shared = Shared.WithContext(ctx)
	for k, v := range filters {
		Shared = Shared.Where(k+" = ?", v)
	}
	var users []User
	err := Shared.Find(&users).Error
	return users, err
}

// Here the global is read as the package left it: possibly the *gorm.DB
// with no context that openShared stores.
func countShared() (int64, error) {
	var n int64
	err := Shared.Model(&User{}).Count(&n).Error // want `\(\*gorm.DB\).Count uses a \*gorm.DB with no WithContext`
	return n, err
}
