// Package mongo is a minimal stub of go.mongodb.org/mongo-driver/mongo (v1, checked against v1.17.9).
package mongo

import (
	"context"
	"errors"

	"go.mongodb.org/mongo-driver/mongo/options"
	"go.mongodb.org/mongo-driver/mongo/readpref"
)

// ErrNoDocuments is returned by SingleResult methods when the operation that
// created the SingleResult did not return any documents.
var ErrNoDocuments = errors.New("mongo: no documents in result")

// Client is a handle representing a pool of connections to a MongoDB deployment.
type Client struct {
	opts []*options.ClientOptions
}

// Connect creates a new Client and then initializes it using the Connect method.
func Connect(ctx context.Context, opts ...*options.ClientOptions) (*Client, error) {
	return &Client{opts: opts}, nil
}

// NewClient creates a new client to connect to a deployment specified by the uri.
//
// Deprecated: Use Connect instead.
func NewClient(opts ...*options.ClientOptions) (*Client, error) {
	return &Client{opts: opts}, nil
}

// Connect initializes the Client by starting background monitoring goroutines.
//
// Deprecated: Use mongo.Connect instead.
func (c *Client) Connect(ctx context.Context) error { return nil }

// Disconnect closes sockets to the topology referenced by this Client.
func (c *Client) Disconnect(ctx context.Context) error { return nil }

// Ping sends a ping command to verify that the client can connect to the deployment.
func (c *Client) Ping(ctx context.Context, rp *readpref.ReadPref) error { return nil }

// ListDatabaseNames executes a listDatabases command and returns a slice
// containing the names of all of the databases on the server.
func (c *Client) ListDatabaseNames(ctx context.Context, filter interface{}, opts ...*options.ListDatabasesOptions) ([]string, error) {
	return nil, nil
}

// Watch returns a change stream for all changes on the deployment.
func (c *Client) Watch(ctx context.Context, pipeline interface{},
	opts ...*options.ChangeStreamOptions) (*ChangeStream, error) {
	return &ChangeStream{}, nil
}

// Database returns a handle for a database with the given name configured with the given DatabaseOptions.
func (c *Client) Database(name string, opts ...*options.DatabaseOptions) *Database {
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

// Collection gets a handle for a collection with the given name configured with the given CollectionOptions.
func (db *Database) Collection(name string, opts ...*options.CollectionOptions) *Collection {
	return &Collection{db: db, name: name}
}

// RunCommand executes the given command against the database.
func (db *Database) RunCommand(ctx context.Context, runCommand interface{}, opts ...*options.RunCmdOptions) *SingleResult {
	return &SingleResult{}
}

// Aggregate executes an aggregate command the database.
func (db *Database) Aggregate(ctx context.Context, pipeline interface{},
	opts ...*options.AggregateOptions) (*Cursor, error) {
	return &Cursor{}, nil
}

// Drop drops the database on the server.
func (db *Database) Drop(ctx context.Context) error { return nil }

// ListCollectionNames executes a listCollections command and returns a slice
// containing the names of the collections in the database.
func (db *Database) ListCollectionNames(ctx context.Context, filter interface{}, opts ...*options.ListCollectionsOptions) ([]string, error) {
	return nil, nil
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

// InsertManyResult is a result type returned by an InsertMany operation.
type InsertManyResult struct {
	InsertedIDs []interface{}
}

// DeleteResult is the result type returned by DeleteOne and DeleteMany operations.
type DeleteResult struct {
	DeletedCount int64 `bson:"n"`
}

// UpdateResult is the result type returned from UpdateOne, UpdateMany, and ReplaceOne operations.
type UpdateResult struct {
	MatchedCount  int64
	ModifiedCount int64
	UpsertedCount int64
	UpsertedID    interface{}
}

func (coll *Collection) InsertOne(ctx context.Context, document interface{},
	opts ...*options.InsertOneOptions) (*InsertOneResult, error) {
	return &InsertOneResult{}, nil
}

func (coll *Collection) InsertMany(ctx context.Context, documents []interface{},
	opts ...*options.InsertManyOptions) (*InsertManyResult, error) {
	return &InsertManyResult{}, nil
}

func (coll *Collection) DeleteOne(ctx context.Context, filter interface{},
	opts ...*options.DeleteOptions) (*DeleteResult, error) {
	return &DeleteResult{}, nil
}

func (coll *Collection) DeleteMany(ctx context.Context, filter interface{},
	opts ...*options.DeleteOptions) (*DeleteResult, error) {
	return &DeleteResult{}, nil
}

func (coll *Collection) UpdateOne(ctx context.Context, filter interface{}, update interface{},
	opts ...*options.UpdateOptions) (*UpdateResult, error) {
	return &UpdateResult{}, nil
}

func (coll *Collection) UpdateMany(ctx context.Context, filter interface{}, update interface{},
	opts ...*options.UpdateOptions) (*UpdateResult, error) {
	return &UpdateResult{}, nil
}

func (coll *Collection) ReplaceOne(ctx context.Context, filter interface{},
	replacement interface{}, opts ...*options.ReplaceOptions) (*UpdateResult, error) {
	return &UpdateResult{}, nil
}

func (coll *Collection) Aggregate(ctx context.Context, pipeline interface{},
	opts ...*options.AggregateOptions) (*Cursor, error) {
	return &Cursor{}, nil
}

func (coll *Collection) CountDocuments(ctx context.Context, filter interface{},
	opts ...*options.CountOptions) (int64, error) {
	return 0, nil
}

func (coll *Collection) Find(ctx context.Context, filter interface{},
	opts ...*options.FindOptions) (cur *Cursor, err error) {
	return &Cursor{}, nil
}

func (coll *Collection) FindOne(ctx context.Context, filter interface{},
	opts ...*options.FindOneOptions) *SingleResult {
	return &SingleResult{}
}

func (coll *Collection) BulkWrite(ctx context.Context, models []WriteModel,
	opts ...*options.BulkWriteOptions) (*BulkWriteResult, error) {
	return &BulkWriteResult{}, nil
}

func (coll *Collection) UpdateByID(ctx context.Context, id interface{}, update interface{},
	opts ...*options.UpdateOptions) (*UpdateResult, error) {
	return &UpdateResult{}, nil
}

func (coll *Collection) EstimatedDocumentCount(ctx context.Context,
	opts ...*options.EstimatedDocumentCountOptions) (int64, error) {
	return 0, nil
}

func (coll *Collection) Distinct(ctx context.Context, fieldName string, filter interface{},
	opts ...*options.DistinctOptions) ([]interface{}, error) {
	return nil, nil
}

func (coll *Collection) FindOneAndDelete(ctx context.Context, filter interface{},
	opts ...*options.FindOneAndDeleteOptions) *SingleResult {
	return &SingleResult{}
}

func (coll *Collection) FindOneAndReplace(ctx context.Context, filter interface{},
	replacement interface{}, opts ...*options.FindOneAndReplaceOptions) *SingleResult {
	return &SingleResult{}
}

func (coll *Collection) FindOneAndUpdate(ctx context.Context, filter interface{},
	update interface{}, opts ...*options.FindOneAndUpdateOptions) *SingleResult {
	return &SingleResult{}
}

func (coll *Collection) Watch(ctx context.Context, pipeline interface{},
	opts ...*options.ChangeStreamOptions) (*ChangeStream, error) {
	return &ChangeStream{}, nil
}

func (coll *Collection) Drop(ctx context.Context) error { return nil }

// BulkWriteResult is the result type returned by a BulkWrite operation.
type BulkWriteResult struct {
	InsertedCount int64
	MatchedCount  int64
	ModifiedCount int64
	DeletedCount  int64
	UpsertedCount int64
	UpsertedIDs   map[int64]interface{}
}

// WriteModel is an interface implemented by models that can be used in a BulkWrite operation.
type WriteModel interface {
	writeModel()
}

// InsertOneModel is used to insert a single document in a BulkWrite operation.
type InsertOneModel struct {
	Document interface{}
}

// NewInsertOneModel creates a new InsertOneModel.
func NewInsertOneModel() *InsertOneModel { return &InsertOneModel{} }

// SetDocument specifies the document to be inserted.
func (iom *InsertOneModel) SetDocument(doc interface{}) *InsertOneModel {
	iom.Document = doc
	return iom
}

func (*InsertOneModel) writeModel() {}

// ChangeStream is used to iterate over a stream of events.
type ChangeStream struct {
	Current []byte
	err     error
}

func (cs *ChangeStream) Decode(val interface{}) error { return nil }

func (cs *ChangeStream) Err() error { return cs.err }

func (cs *ChangeStream) Close(ctx context.Context) error { return nil }

func (cs *ChangeStream) Next(ctx context.Context) bool { return false }

// SingleResult represents a single document returned from an operation.
type SingleResult struct {
	err error
}

// Decode will unmarshal the document represented by this SingleResult into v.
func (sr *SingleResult) Decode(v interface{}) error { return sr.err }

// Err returns the error from the operation that created this SingleResult.
func (sr *SingleResult) Err() error { return sr.err }

// Cursor is used to iterate over a stream of documents.
type Cursor struct {
	Current []byte
	err     error
}

// ID returns the ID of this cursor, or 0 if the cursor has been closed or exhausted.
func (c *Cursor) ID() int64 { return 0 }

// Next gets the next document for this cursor.
func (c *Cursor) Next(ctx context.Context) bool { return false }

// TryNext attempts to get the next document for this cursor.
func (c *Cursor) TryNext(ctx context.Context) bool { return false }

// Decode will unmarshal the current document into val.
func (c *Cursor) Decode(val interface{}) error { return nil }

// Err returns the last error seen by the Cursor, or nil if no error has occurred.
func (c *Cursor) Err() error { return c.err }

// Close closes this cursor.
func (c *Cursor) Close(ctx context.Context) error { return nil }

// All iterates the cursor and decodes each document into results.
func (c *Cursor) All(ctx context.Context, results interface{}) error { return nil }
