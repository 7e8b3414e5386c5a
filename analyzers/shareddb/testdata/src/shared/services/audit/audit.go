// Package audit reads its database's address from the environment, as
// reports does: two unknowns are never taken to be one.
package audit

import (
	"context"
	"database/sql"
	"os"

	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

func Open() (*sql.DB, error) {
	return sql.Open("postgres", os.Getenv("DATABASE_URL"))
}

// Carts is a collection named like orders' in another database: not
// shared.
func Carts(ctx context.Context) (*mongo.Collection, error) {
	client, err := mongo.Connect(ctx, options.Client().ApplyURI("mongodb://mongo:27017"))
	if err != nil {
		return nil, err
	}
	return client.Database("audit").Collection("carts"), nil
}

// Scratch is a database on the service's own machine, as the other's is:
// localhost in two services need not be one server.
func Scratch() (*sql.DB, error) {
	return sql.Open("postgres", "postgres://localhost:5432/scratch")
}
