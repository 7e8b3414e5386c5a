// Package pubsub is a minimal stub of cloud.google.com/go/pubsub/v2 (checked against v2.9.0).
package pubsub

import (
	"context"
	"time"

	ipubsub "cloud.google.com/go/internal/pubsub"
	"google.golang.org/api/option"
)

// Message represents a Pub/Sub message.
type Message = ipubsub.Message

// A PublishResult holds the result from a call to Publish.
type PublishResult = ipubsub.PublishResult

// Client is a Google Pub/Sub client scoped to a single project.
type Client struct {
	projectID string
}

// NewClient creates a new Pub/Sub client.
func NewClient(ctx context.Context, projectID string, opts ...option.ClientOption) (c *Client, err error) {
	return &Client{projectID: projectID}, nil
}

// Project returns the project ID or number for this instance of the client.
func (c *Client) Project() string { return c.projectID }

// Close releases any resources held by the client.
func (c *Client) Close() error { return nil }

// PublishSettings control the bundling of published messages. (Trimmed.)
type PublishSettings struct {
	DelayThreshold time.Duration
	CountThreshold int
	ByteThreshold  int
	NumGoroutines  int
	Timeout        time.Duration
}

// Publisher is a reference to a PubSub publisher, associated with a single topic.
type Publisher struct {
	c    *Client
	name string

	PublishSettings PublishSettings
}

// Publisher constructs a publisher client from either a topicID or a topic name.
func (c *Client) Publisher(topicNameOrID string) *Publisher {
	return &Publisher{c: c, name: topicNameOrID}
}

// ID returns the unique identifier of the topic within its project.
func (t *Publisher) ID() string { return t.name }

// String returns the printable globally unique name for the topic.
func (t *Publisher) String() string { return t.name }

// Publish publishes msg to the topic asynchronously.
func (t *Publisher) Publish(ctx context.Context, msg *Message) *PublishResult {
	return &PublishResult{}
}

// Stop sends all remaining published messages and stop goroutines created for handling
// publishing.
func (t *Publisher) Stop() {}

// ReceiveSettings configure the Receive method. (Trimmed.)
type ReceiveSettings struct {
	MaxExtension           time.Duration
	MaxOutstandingMessages int
	MaxOutstandingBytes    int
	NumGoroutines          int
}

// Subscriber is a subscriber client that references a subscription.
type Subscriber struct {
	c    *Client
	name string

	ReceiveSettings ReceiveSettings
}

// Subscriber creates a subscriber client which references a single subscription.
func (c *Client) Subscriber(nameOrID string) *Subscriber {
	return &Subscriber{c: c, name: nameOrID}
}

// ID returns the unique identifier of the subscription within its project.
func (s *Subscriber) ID() string { return s.name }

// String returns the globally unique printable name of the subscription.
func (s *Subscriber) String() string { return s.name }

// Receive calls f with the outstanding messages from the subscription.
func (s *Subscriber) Receive(ctx context.Context, f func(context.Context, *Message)) error {
	return nil
}
