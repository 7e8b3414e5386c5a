// Package entmigrate migrates its ent schema at start: with no deadline,
// and with one.
package entmigrate

import (
	"context"
	"time"

	"entgo.io/ent/dialect"

	"entmigrate/ent/migrate"
)

func Start(drv dialect.Driver) error {
	return migrate.NewSchema(drv).Create(context.Background()) // want `\(\*migrate.Schema\).Create is given context.Background\(\), which has no deadline; it reaches \(\*schema.Migrate\).Create at migrate.go:\d+`
}

func StartBounded(drv dialect.Driver) error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	return migrate.NewSchema(drv).Create(ctx)
}
