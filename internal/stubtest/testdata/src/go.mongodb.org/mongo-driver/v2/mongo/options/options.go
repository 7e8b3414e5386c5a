// Package options is a minimal stub of go.mongodb.org/mongo-driver/v2/mongo/options (after the v2 API).
package options

import "time"

// Lister is an interface that wraps a List method to return a slice of
// option setters.
type Lister[T any] interface {
	List() []func(*T) error
}

// ClientOptions contains options to configure a Client instance.
type ClientOptions struct {
	AppName *string
	Hosts   []string
	Timeout *time.Duration
}

// Client creates a new ClientOptions instance.
func Client() *ClientOptions { return new(ClientOptions) }

// ApplyURI parses the given URI and sets options accordingly.
func (c *ClientOptions) ApplyURI(uri string) *ClientOptions { return c }

// SetHosts specifies a list of host names or IP addresses for servers in a cluster.
func (c *ClientOptions) SetHosts(s []string) *ClientOptions {
	c.Hosts = s
	return c
}

// SetTimeout specifies the amount of time that a single operation run on this
// Client can execute before returning an error.
func (c *ClientOptions) SetTimeout(d time.Duration) *ClientOptions {
	c.Timeout = &d
	return c
}

// DatabaseOptions represents arguments that can be used to configure a Database.
type DatabaseOptions struct{}

// DatabaseOptionsBuilder contains options to configure a Database.
type DatabaseOptionsBuilder struct {
	Opts []func(*DatabaseOptions) error
}

// Database creates a new DatabaseOptionsBuilder instance.
func Database() *DatabaseOptionsBuilder { return &DatabaseOptionsBuilder{} }

// List returns a list of DatabaseOptions setter functions.
func (d *DatabaseOptionsBuilder) List() []func(*DatabaseOptions) error { return d.Opts }

// CollectionOptions represents arguments that can be used to configure a Collection.
type CollectionOptions struct{}

// CollectionOptionsBuilder contains options to configure a Collection.
type CollectionOptionsBuilder struct {
	Opts []func(*CollectionOptions) error
}

// Collection creates a new CollectionOptionsBuilder instance.
func Collection() *CollectionOptionsBuilder { return &CollectionOptionsBuilder{} }

// List returns a list of CollectionOptions setter functions.
func (c *CollectionOptionsBuilder) List() []func(*CollectionOptions) error { return c.Opts }
