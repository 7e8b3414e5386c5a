// Package gochannel is a minimal stub of github.com/ThreeDotsLabs/watermill/pubsub/gochannel
// (checked against watermill v1.5.1).
package gochannel

import (
	"context"

	"github.com/ThreeDotsLabs/watermill"
	"github.com/ThreeDotsLabs/watermill/message"
)

// Config holds the GoChannel Pub/Sub's configuration options.
type Config struct {
	OutputChannelBuffer            int64
	Persistent                     bool
	BlockPublishUntilSubscriberAck bool
	PreserveContext                bool
}

// GoChannel is the simplest Pub/Sub implementation.
type GoChannel struct {
	config Config
	logger watermill.LoggerAdapter
}

// NewGoChannel creates new GoChannel Pub/Sub.
func NewGoChannel(config Config, logger watermill.LoggerAdapter) *GoChannel {
	return &GoChannel{config: config, logger: logger}
}

// Publish in GoChannel is NOT blocking until all consumers consume.
func (g *GoChannel) Publish(topic string, messages ...*message.Message) error { return nil }

// Subscribe returns channel to which all published messages are sent.
func (g *GoChannel) Subscribe(ctx context.Context, topic string) (<-chan *message.Message, error) {
	return make(chan *message.Message), nil
}

// Close closes the GoChannel Pub/Sub.
func (g *GoChannel) Close() error { return nil }
