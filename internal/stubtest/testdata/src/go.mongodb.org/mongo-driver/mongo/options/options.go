// Package options is a minimal stub of go.mongodb.org/mongo-driver/mongo/options (checked against v1.17.9).
package options

import "time"

// ClientOptions contains options to configure a Client instance.
type ClientOptions struct {
	AppName                *string
	ConnectTimeout         *time.Duration
	Hosts                  []string
	ServerSelectionTimeout *time.Duration
	Timeout                *time.Duration
	SocketTimeout          *time.Duration
}

// Client creates a new ClientOptions instance.
func Client() *ClientOptions { return new(ClientOptions) }

// ApplyURI parses the given URI and sets options accordingly.
func (c *ClientOptions) ApplyURI(uri string) *ClientOptions { return c }

// SetConnectTimeout specifies a timeout that is used for creating connections to the server.
func (c *ClientOptions) SetConnectTimeout(d time.Duration) *ClientOptions {
	c.ConnectTimeout = &d
	return c
}

// SetHosts specifies a list of host names or IP addresses for servers in a cluster.
func (c *ClientOptions) SetHosts(s []string) *ClientOptions {
	c.Hosts = s
	return c
}

// SetServerSelectionTimeout specifies how long the driver will wait to find an
// available, suitable server to execute an operation.
func (c *ClientOptions) SetServerSelectionTimeout(d time.Duration) *ClientOptions {
	c.ServerSelectionTimeout = &d
	return c
}

// SetSocketTimeout specifies how long the driver will wait for a socket read
// or write to return before returning a network error.
func (c *ClientOptions) SetSocketTimeout(d time.Duration) *ClientOptions {
	c.SocketTimeout = &d
	return c
}

// SetTimeout specifies the amount of time that a single operation run on this
// Client can execute before returning an error.
func (c *ClientOptions) SetTimeout(d time.Duration) *ClientOptions {
	c.Timeout = &d
	return c
}

// DatabaseOptions represents options that can be used to configure a Database.
type DatabaseOptions struct{}

// Database creates a new DatabaseOptions instance.
func Database() *DatabaseOptions { return &DatabaseOptions{} }

// CollectionOptions represents options that can be used to configure a Collection.
type CollectionOptions struct{}

// Collection creates a new CollectionOptions instance.
func Collection() *CollectionOptions { return &CollectionOptions{} }

// RunCmdOptions represents options that can be used to configure a RunCommand operation.
type RunCmdOptions struct{}

// RunCmd creates a new RunCmdOptions instance.
func RunCmd() *RunCmdOptions { return &RunCmdOptions{} }

// FindOptions represents options that can be used to configure a Find operation.
type FindOptions struct {
	Limit   *int64
	MaxTime *time.Duration
}

// Find creates a new FindOptions instance.
func Find() *FindOptions { return &FindOptions{} }

// SetLimit sets the value for the Limit field.
func (f *FindOptions) SetLimit(i int64) *FindOptions {
	f.Limit = &i
	return f
}

// SetMaxTime specifies the max time to allow the query to run.
// MaxTime is ignored if Timeout is set on the client.
func (f *FindOptions) SetMaxTime(d time.Duration) *FindOptions {
	f.MaxTime = &d
	return f
}

// FindOneOptions represents options that can be used to configure a FindOne operation.
type FindOneOptions struct{}

// FindOne creates a new FindOneOptions instance.
func FindOne() *FindOneOptions { return &FindOneOptions{} }

// InsertOneOptions represents options that can be used to configure an InsertOne operation.
type InsertOneOptions struct{}

// InsertOne creates a new InsertOneOptions instance.
func InsertOne() *InsertOneOptions { return &InsertOneOptions{} }

// InsertManyOptions represents options that can be used to configure an InsertMany operation.
type InsertManyOptions struct{}

// InsertMany creates a new InsertManyOptions instance.
func InsertMany() *InsertManyOptions { return &InsertManyOptions{} }

// UpdateOptions represents options that can be used to configure UpdateOne and UpdateMany operations.
type UpdateOptions struct{}

// Update creates a new UpdateOptions instance.
func Update() *UpdateOptions { return &UpdateOptions{} }

// ReplaceOptions represents options that can be used to configure a ReplaceOne operation.
type ReplaceOptions struct{}

// Replace creates a new ReplaceOptions instance.
func Replace() *ReplaceOptions { return &ReplaceOptions{} }

// DeleteOptions represents options that can be used to configure DeleteOne and DeleteMany operations.
type DeleteOptions struct{}

// Delete creates a new DeleteOptions instance.
func Delete() *DeleteOptions { return &DeleteOptions{} }

// CountOptions represents options that can be used to configure a CountDocuments operation.
type CountOptions struct{}

// Count creates a new CountOptions instance.
func Count() *CountOptions { return &CountOptions{} }

// AggregateOptions represents options that can be used to configure an Aggregate operation.
type AggregateOptions struct{}

// Aggregate creates a new AggregateOptions instance.
func Aggregate() *AggregateOptions { return &AggregateOptions{} }

// FindOneAndDeleteOptions represents options that can be used to configure a FindOneAndDelete operation.
type FindOneAndDeleteOptions struct{}

// FindOneAndReplaceOptions represents options that can be used to configure a FindOneAndReplace operation.
type FindOneAndReplaceOptions struct{}

// FindOneAndUpdateOptions represents options that can be used to configure a FindOneAndUpdate operation.
type FindOneAndUpdateOptions struct{}

// EstimatedDocumentCountOptions represents options that can be used to configure an EstimatedDocumentCount operation.
type EstimatedDocumentCountOptions struct{}

// DistinctOptions represents options that can be used to configure a Distinct operation.
type DistinctOptions struct{}

// BulkWriteOptions represents options that can be used to configure a BulkWrite operation.
type BulkWriteOptions struct{}

// ChangeStreamOptions represents options that can be used to configure a Watch operation.
type ChangeStreamOptions struct{}

// ListCollectionsOptions represents options that can be used to configure a ListCollections operation.
type ListCollectionsOptions struct{}

// ListDatabasesOptions represents options that can be used to configure a ListDatabases operation.
type ListDatabasesOptions struct{}
