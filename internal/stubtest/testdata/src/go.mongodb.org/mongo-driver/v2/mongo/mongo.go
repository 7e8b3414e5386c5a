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

// (The operations below take options too; the stub leaves them out.)

// Cursor is used to iterate over a stream of documents.
type Cursor struct{}

// SingleResult represents a single document returned from an operation.
type SingleResult struct{}

// Decode will unmarshal the document represented by this SingleResult into v.
func (sr *SingleResult) Decode(v interface{}) error { return nil }

// UpdateResult is the result type returned from UpdateOne, UpdateMany, and ReplaceOne operations.
type UpdateResult struct {
	MatchedCount int64
}

// DeleteResult is the result type returned by DeleteOne and DeleteMany operations.
type DeleteResult struct {
	DeletedCount int64
}

// Find executes a find command and returns a Cursor over the matching documents in the collection.
func (coll *Collection) Find(ctx context.Context, filter interface{}) (*Cursor, error) {
	return &Cursor{}, nil
}

// FindOne executes a find command and returns a SingleResult for one document in the collection.
func (coll *Collection) FindOne(ctx context.Context, filter interface{}) *SingleResult {
	return &SingleResult{}
}

// CountDocuments returns the number of documents in the collection.
func (coll *Collection) CountDocuments(ctx context.Context, filter interface{}) (int64, error) {
	return 0, nil
}

// UpdateOne executes an update command to update at most one document in the collection.
func (coll *Collection) UpdateOne(ctx context.Context, filter interface{}, update interface{}) (*UpdateResult, error) {
	return &UpdateResult{}, nil
}

// DeleteMany executes a delete command to delete documents from the collection.
func (coll *Collection) DeleteMany(ctx context.Context, filter interface{}) (*DeleteResult, error) {
	return &DeleteResult{}, nil
}

// FindOneAndUpdate executes a findAndModify command to update at most one document in the collection.
func (coll *Collection) FindOneAndUpdate(ctx context.Context, filter interface{}, update interface{}) *SingleResult {
	return &SingleResult{}
}
