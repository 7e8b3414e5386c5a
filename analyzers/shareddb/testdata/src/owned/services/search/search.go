// Package search reads orders_db and inventory's items collection.
package search

import (
	"context"
	"database/sql"

	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

func Open() (*sql.DB, error) {
	return sql.Open("postgres", "postgres://search@db:5432/orders_db") // want `search uses database postgres:db/orders_db, which orders owns \(boundcheck.yaml\) and inventory also uses`
}

func Items(ctx context.Context) (*mongo.Collection, error) {
	client, err := mongo.Connect(ctx, options.Client().ApplyURI("mongodb://mongo:27017"))
	if err != nil {
		return nil, err
	}
	return client.Database("catalog").Collection("items"), nil // want `search uses collection mongo:mongo/catalog/items, which inventory owns \(boundcheck.yaml\); .*give search a collection of its own`
}
