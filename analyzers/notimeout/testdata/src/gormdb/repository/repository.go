// want package:"has sinks"

// Package repository holds the *gorm.DB its constructor is given, as most
// gorm code does: a method that calls it without WithContext runs with no
// context whatever the caller of the constructor passed.
package repository

import (
	"context"

	"gorm.io/gorm"
)

type User struct {
	ID    uint
	Email string
}

type UserRepo struct{ db *gorm.DB }

func NewUserRepo(db *gorm.DB) *UserRepo { return &UserRepo{db: db} }

func (r *UserRepo) All() ([]User, error) {
	var users []User
	err := r.db.Find(&users).Error // want `\(\*gorm.DB\).Find uses a \*gorm.DB with no WithContext; give the \*gorm.DB a context with a deadline \(db.WithContext\(ctx\)\)`
	return users, err
}

func (r *UserRepo) Delete(id uint) error {
	return r.db.Delete(&User{}, id).Error // want `\(\*gorm.DB\).Delete uses a \*gorm.DB with no WithContext`
}

// ByID attaches its ctx parameter: the callers decide.
func (r *UserRepo) ByID(ctx context.Context, id uint) (*User, error) { // want ByID:`sink\(0 ctx → \(\*gorm.DB\).First\)`
	var u User
	err := r.db.WithContext(ctx).First(&u, id).Error
	return &u, err
}

// Database is the part of *gorm.DB the repository uses, declared so that
// tests can fill it with a fake; the program fills it with a *gorm.DB.
type Database interface {
	First(dest interface{}, conds ...interface{}) *gorm.DB
	Create(value interface{}) *gorm.DB
	WithContext(ctx context.Context) *gorm.DB
}

var _ Database = (*gorm.DB)(nil)

type PostRepo struct{ DB Database }

func NewPostRepo(db Database) *PostRepo { return &PostRepo{DB: db} }

func (r *PostRepo) Get(id uint) (*User, error) {
	var u User
	err := r.DB.First(&u, id).Error // want `\(\*gorm.DB\).First uses a \*gorm.DB with no WithContext`
	return &u, err
}

func (r *PostRepo) GetCtx(ctx context.Context, id uint) (*User, error) { // want GetCtx:`sink\(0 ctx → \(\*gorm.DB\).First\)`
	var u User
	err := r.DB.WithContext(ctx).First(&u, id).Error
	return &u, err
}

// Migrator is an interface *gorm.DB implements that is no facade over it
// (no method gives a *gorm.DB back): what fills it is not known here.
type Migrator interface {
	AutoMigrate(dst ...interface{}) error
}

func Migrate(m Migrator) error {
	return m.AutoMigrate(&User{})
}
