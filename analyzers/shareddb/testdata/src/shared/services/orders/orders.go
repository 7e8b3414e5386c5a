// Package orders stores orders in orders_db and carts in MongoDB.
package orders

import (
	"context"
	"database/sql"

	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

func Open() (*sql.DB, error) {
	return sql.Open("postgres", "postgres://orders@db:5432/orders_db?sslmode=disable") // want `orders uses database postgres:db/orders_db, which inventory also uses and no service owns`
}

func Carts(ctx context.Context) (*mongo.Collection, error) {
	client, err := mongo.Connect(ctx, options.Client().ApplyURI("mongodb://mongo:27017"))
	if err != nil {
		return nil, err
	}
	return client.Database("shop").Collection("carts"), nil // want `orders uses collection mongo:mongo/shop/carts, which reports also uses and no service owns`
}
