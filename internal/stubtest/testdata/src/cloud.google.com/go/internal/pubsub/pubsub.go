// Package pubsub is a minimal stub of cloud.google.com/go/internal/pubsub (checked against
// cloud.google.com/go v0.123.0): the Message and PublishResult that both
// cloud.google.com/go/pubsub and cloud.google.com/go/pubsub/v2 alias.
package pubsub

import (
	"context"
	"time"
)

// Message represents a Pub/Sub message.
type Message struct {
	ID              string
	Data            []byte
	Attributes      map[string]string
	PublishTime     time.Time
	DeliveryAttempt *int
	OrderingKey     string
}

// Ack indicates successful processing of a Message passed to the Subscriber.Receive callback.
func (m *Message) Ack() {}

// Nack indicates that the client will not or cannot process a Message passed to the Subscriber.Receive callback.
func (m *Message) Nack() {}

// A PublishResult holds the result from a call to Publish.
type PublishResult struct {
	ready    chan struct{}
	serverID string
	err      error
}

// Ready returns a channel that is closed when the result is ready.
func (r *PublishResult) Ready() <-chan struct{} { return r.ready }

// Get returns the server-generated message ID and/or error result of a Publish call.
func (r *PublishResult) Get(ctx context.Context) (serverID string, err error) {
	return r.serverID, r.err
}
