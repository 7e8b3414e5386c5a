// Package inventory owns the catalog.items collection, and reads orders_db.
package inventory

import (
	"context"
	"database/sql"

	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

func Open() (*sql.DB, error) {
	return sql.Open("postgres", "postgres://inventory@db:5432/orders_db") // want `inventory uses database postgres:db/orders_db, which orders owns \(boundcheck.yaml\) and search also uses; .*ask orders through its API`
}

func Items(ctx context.Context) (*mongo.Collection, error) {
	client, err := mongo.Connect(ctx, options.Client().ApplyURI("mongodb://mongo:27017"))
	if err != nil {
		return nil, err
	}
	return client.Database("catalog").Collection("items"), nil
}
