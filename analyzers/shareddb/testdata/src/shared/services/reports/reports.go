// Package reports reads orders' carts collection, and a database whose
// address comes from the environment.
package reports

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

func Carts(ctx context.Context) (*mongo.Collection, error) {
	client, err := mongo.Connect(ctx, options.Client().ApplyURI("mongodb://mongo:27017"))
	if err != nil {
		return nil, err
	}
	return client.Database("shop").Collection("carts"), nil // want `reports uses collection mongo:mongo/shop/carts, which orders also uses and no service owns`
}

// Scratch is a database on the service's own machine, as the other's is:
// localhost in two services need not be one server.
func Scratch() (*sql.DB, error) {
	return sql.Open("postgres", "postgres://localhost:5432/scratch")
}
