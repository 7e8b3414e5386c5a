// Package repo migrates through the client's Schema field, without
// importing package migrate itself: the sink is still found, and the
// bounded look-alike is not reported.
package repo

import (
	"context"
	"time"

	"entmigrate/ent/client"
)

type Repository struct{ Client *client.Client }

func (r *Repository) MigrateDatabase() error {
	return r.Client.Schema.Create(context.Background()) // want `\(\*migrate.Schema\).Create is given context.Background\(\), which has no deadline`
}

func (r *Repository) MigrateBounded() error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	return r.Client.Schema.Create(ctx)
}
