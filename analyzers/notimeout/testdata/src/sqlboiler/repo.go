// Package sqlboiler reads and writes through sqlboiler's generated
// models: without a context, with context.Background, and with a deadline.
package sqlboiler

import (
	"context"
	"database/sql"
	"time"

	"sqlboiler/models"
)

func Get(db *sql.DB) (*models.User, error) {
	return models.Users().One(db) // want `\(models.userQuery\).One runs its query on a boil.Executor, which has no context`
}

func Save(db *sql.DB, u *models.User) error {
	return u.Insert(db) // want `\(models.User\).Insert runs its query on a boil.Executor, which has no context`
}

func List(db *sql.DB) ([]*models.User, error) {
	return models.Users().AllCtx(context.Background(), db) // want `\(models.userQuery\).AllCtx uses context.Background\(\), which has no deadline`
}

func ListBounded(db *sql.DB) ([]*models.User, error) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	return models.Users().AllCtx(ctx, db)
}
