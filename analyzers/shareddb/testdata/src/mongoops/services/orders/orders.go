// Package orders writes the carts collection, the only service that does.
package orders

import (
	"context"

	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

type Store struct{ carts *mongo.Collection }

func Open(ctx context.Context) (*Store, error) {
	client, err := mongo.Connect(ctx, options.Client().ApplyURI("mongodb://mongo:27017"))
	if err != nil {
		return nil, err
	}
	return &Store{carts: client.Database("shop").Collection("carts")}, nil
}

func (s *Store) Add(ctx context.Context, item any) error {
	_, err := s.carts.InsertOne(ctx, item)
	return err
}
