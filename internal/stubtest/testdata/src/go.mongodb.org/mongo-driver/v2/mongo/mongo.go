// Package mongo is a minimal stub of go.mongodb.org/mongo-driver/v2/mongo (after the v2 API).
package mongo

import (
	"context"

	"go.mongodb.org/mongo-driver/v2/mongo/options"
)

// Client is a handle representing a pool of connections to a MongoDB deployment.
type Client struct {
	opts []*options.ClientOptions
}

// Connect creates a new Client with the given configuration options.
func Connect(opts ...*options.ClientOptions) (*Client, error) {
	return &Client{opts: opts}, nil
}

// Disconnect closes sockets to the topology referenced by this Client.
func (c *Client) Disconnect(ctx context.Context) error { return nil }

// Database returns a handle for a database with the given name configured with the given DatabaseOptions.
func (c *Client) Database(name string, opts ...options.Lister[options.DatabaseOptions]) *Database {
	return &Database{client: c, name: name}
}

// Database is a handle to a MongoDB database.
type Database struct {
	client *Client
	name   string
}

// Client returns the Client the Database was created from.
func (db *Database) Client() *Client { return db.client }

// Name returns the name of the database.
func (db *Database) Name() string { return db.name }

// Collection returns a handle for a collection with the given name and options.
func (db *Database) Collection(name string, opts ...options.Lister[options.CollectionOptions]) *Collection {
	return &Collection{db: db, name: name}
}

// Collection is a handle to a MongoDB collection.
type Collection struct {
	db   *Database
	name string
}

// Name returns the name of the collection.
func (coll *Collection) Name() string { return coll.name }

// InsertOneResult is the result type returned by an InsertOne operation.
type InsertOneResult struct {
	InsertedID interface{}
}

// InsertOne executes an insert command to insert a single document into the collection.
func (coll *Collection) InsertOne(ctx context.Context, document interface{}) (*InsertOneResult, error) {
	return &InsertOneResult{}, nil
}
