// Package mongodb connects to MongoDB for every service.
package mongodb

import (
	"context"
	"time"

	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

// Connect sets no client-wide timeout.
func Connect(ctx context.Context, uri string) (*mongo.Client, error) {
	client, err := mongo.Connect(ctx, options.Client().ApplyURI(uri))
	if err != nil {
		return nil, err
	}
	return client, nil
}

// ConnectLimited does.
func ConnectLimited(ctx context.Context, uri string) (*mongo.Client, error) {
	client, err := mongo.Connect(ctx, options.Client().ApplyURI(uri).SetTimeout(5*time.Second))
	if err != nil {
		return nil, err
	}
	return client, nil
}

// Options are the client options every service uses.
func Options(uri string) *options.ClientOptions {
	return options.Client().ApplyURI(uri).SetTimeout(5 * time.Second)
}
