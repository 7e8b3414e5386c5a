// Package reports reads orders' carts collection, and writes a collection
// of its own.
package reports

import (
	"context"

	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

type Store struct{ carts, daily *mongo.Collection }

func Open(ctx context.Context) (*Store, error) {
	client, err := mongo.Connect(ctx, options.Client().ApplyURI("mongodb://mongo:27017"))
	if err != nil {
		return nil, err
	}
	db := client.Database("shop")
	return &Store{carts: db.Collection("carts"), daily: db.Collection("daily")}, nil
}

func (s *Store) Count(ctx context.Context) (int64, error) {
	return s.carts.CountDocuments(ctx, nil) // want `reports reads collection shop.carts \(mongo:mongo/shop/carts\), which orders owns \(the only service that writes it\) and writes`
}

func (s *Store) Save(ctx context.Context, row any) error {
	_, err := s.daily.InsertOne(ctx, row)
	return err
}
