// Package pubsub is a minimal stub of cloud.google.com/go/pubsub (checked against v1.52.0).
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

// NewClient creates a new PubSub client.
func NewClient(ctx context.Context, projectID string, opts ...option.ClientOption) (c *Client, err error) {
	return &Client{projectID: projectID}, nil
}

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

// Topic is a reference to a PubSub topic.
type Topic struct {
	c    *Client
	name string

	PublishSettings PublishSettings
}

// TopicConfig describes the configuration of a topic. (Trimmed.)
type TopicConfig struct {
	Labels map[string]string
}

// CreateTopic creates a new topic.
func (c *Client) CreateTopic(ctx context.Context, topicID string) (*Topic, error) {
	return c.Topic(topicID), nil
}

// CreateTopicWithConfig creates a topic from TopicConfig.
func (c *Client) CreateTopicWithConfig(ctx context.Context, topicID string, tc *TopicConfig) (*Topic, error) {
	return c.Topic(topicID), nil
}

// Topic creates a reference to a topic in the client's project.
func (c *Client) Topic(id string) *Topic { return c.TopicInProject(id, c.projectID) }

// TopicInProject creates a reference to a topic in the given project.
func (c *Client) TopicInProject(id, projectID string) *Topic {
	return &Topic{c: c, name: "projects/" + projectID + "/topics/" + id}
}

// ID returns the unique identifier of the topic within its project.
func (t *Topic) ID() string { return t.name }

// String returns the printable globally unique name for the topic.
func (t *Topic) String() string { return t.name }

// Exists reports whether the topic exists on the server.
func (t *Topic) Exists(ctx context.Context) (bool, error) { return true, nil }

// Publish publishes msg to the topic asynchronously.
func (t *Topic) Publish(ctx context.Context, msg *Message) *PublishResult { return &PublishResult{} }

// Stop sends all remaining published messages and stop goroutines created for handling
// publishing.
func (t *Topic) Stop() {}

// ReceiveSettings configure the Receive method. (Trimmed.)
type ReceiveSettings struct {
	MaxExtension           time.Duration
	MaxOutstandingMessages int
	MaxOutstandingBytes    int
	NumGoroutines          int
}

// Subscription is a reference to a PubSub subscription.
type Subscription struct {
	c    *Client
	name string

	ReceiveSettings ReceiveSettings
}

// SubscriptionConfig describes the configuration of a subscription. (Trimmed.)
type SubscriptionConfig struct {
	Topic                     *Topic
	AckDeadline               time.Duration
	RetainAckedMessages       bool
	RetentionDuration         time.Duration
	Labels                    map[string]string
	EnableMessageOrdering     bool
	Filter                    string
	EnableExactlyOnceDelivery bool
}

// Subscription creates a reference to a subscription.
func (c *Client) Subscription(id string) *Subscription {
	return c.SubscriptionInProject(id, c.projectID)
}

// SubscriptionInProject creates a reference to a subscription in a given project.
func (c *Client) SubscriptionInProject(id, projectID string) *Subscription {
	return &Subscription{c: c, name: "projects/" + projectID + "/subscriptions/" + id}
}

// CreateSubscription creates a new subscription on a topic.
func (c *Client) CreateSubscription(ctx context.Context, id string, cfg SubscriptionConfig) (*Subscription, error) {
	return c.Subscription(id), nil
}

// ID returns the unique identifier of the subscription within its project.
func (s *Subscription) ID() string { return s.name }

// String returns the globally unique printable name of the subscription.
func (s *Subscription) String() string { return s.name }

// Exists reports whether the subscription exists on the server.
func (s *Subscription) Exists(ctx context.Context) (bool, error) { return true, nil }

// Receive calls f with the outstanding messages from the subscription.
func (s *Subscription) Receive(ctx context.Context, f func(context.Context, *Message)) error {
	return nil
}
