// want package:"has sinks"

// Package gormdb covers gorm: a *gorm.DB runs its statements on the
// context attached with WithContext or Session, and on none without.
package gormdb

import (
	"context"
	"time"

	"gorm.io/driver/postgres"
	"gorm.io/gorm"
)

type User struct {
	ID     uint
	Email  string
	Active bool
}

type Order struct {
	ID  uint
	SKU string
	Qty int
}

type Stock struct {
	SKU      string
	Reserved int
}

// The package's connection, opened without a default timeout.
var db *gorm.DB

func Connect(dsn string) error {
	var err error
	db, err = gorm.Open(postgres.Open(dsn), &gorm.Config{SkipDefaultTransaction: true})
	return err
}

// Statements without WithContext.

func allUsers() ([]User, error) {
	var users []User
	err := db.Find(&users).Error // want `\(\*gorm.DB\).Find uses a \*gorm.DB with no WithContext; give the \*gorm.DB a context with a deadline \(db.WithContext\(ctx\)\)`
	return users, err
}

func firstActive() (*User, error) {
	var u User
	err := db.Where("active = ?", true).First(&u).Error // want `\(\*gorm.DB\).First uses a \*gorm.DB with no WithContext`
	return &u, err
}

func signUp(email string) error {
	return db.Create(&User{Email: email, Active: true}).Error // want `\(\*gorm.DB\).Create uses a \*gorm.DB with no WithContext`
}

// WithContext with a deadline: clean.
func activeUsers() ([]User, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	var users []User
	err := db.WithContext(ctx).Where("active = ?", true).Find(&users).Error
	return users, err
}

// WithContext with context.Background(): still no deadline.
func inactiveUsers() ([]User, error) {
	var users []User
	err := db.WithContext(context.Background()).Where("active = ?", false).Find(&users).Error // want `\(\*gorm.DB\).Find uses context.Background\(\), which has no deadline`
	return users, err
}

// A Session with a Context that has a deadline: clean.
func exportUsers() ([]User, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	tx := db.Session(&gorm.Session{Context: ctx, PrepareStmt: true})
	var users []User
	err := tx.Order("id").Find(&users).Error
	return users, err
}

// userByEmail's ctx parameter reaches First through the chain: the
// callers decide.
func userByEmail(ctx context.Context, email string) (*User, error) { // want userByEmail:`sink\(0 ctx → \(\*gorm.DB\).First\)`
	var u User
	err := db.WithContext(ctx).Where("email = ?", email).First(&u).Error
	return &u, err
}

func resetPassword(email string) error {
	u, err := userByEmail(context.Background(), email) // want `userByEmail is given context.Background\(\), which has no deadline; it reaches \(\*gorm.DB\).First at gormdb.go:\d+; pass a context with a deadline`
	if err != nil {
		return err
	}
	_ = u
	return nil
}

func login(email string) (*User, error) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	return userByEmail(ctx, email)
}

// countActive runs on the *gorm.DB its callers give it.
func countActive(tx *gorm.DB) (int64, error) { // want countActive:`sink\(0 gorm → \(\*gorm.DB\).Count\)`
	var n int64
	err := tx.Model(&User{}).Where("active = ?", true).Count(&n).Error
	return n, err
}

func dashboard() (int64, error) {
	return countActive(db) // want `countActive is given a \*gorm.DB with no WithContext; it reaches \(\*gorm.DB\).Count at gormdb.go:\d+; pass db.WithContext\(ctx\) with a context that has a deadline`
}

func dashboardTimed() (int64, error) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	return countActive(db.WithContext(ctx))
}

// AutoMigrate runs the migration with the *gorm.DB's context: none here.
func migrate() error {
	return db.AutoMigrate(&User{}) // want `\(\*gorm.DB\).AutoMigrate uses a \*gorm.DB with no WithContext`
}

// With a deadline on the *gorm.DB: clean.
func migrateBounded() error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	return db.WithContext(ctx).AutoMigrate(&User{})
}

// A scope runs on the statement and may attach the context itself: the
// chain is not reported, as the context a scope attaches is not followed.
func paged(ctx context.Context) ([]User, error) {
	var users []User
	scope := func(d *gorm.DB) *gorm.DB { return d.WithContext(ctx).Limit(10) }
	err := db.Scopes(scope).Find(&users).Error
	return users, err
}
