// Package message is a minimal stub of github.com/ThreeDotsLabs/watermill/message (checked
// against watermill v1.5.1).
package message

import (
	"context"
	"time"

	"github.com/ThreeDotsLabs/watermill"
)

// Payload is the Message's payload.
type Payload []byte

// Metadata is sent with every message to provide extra context without unmarshaling the message payload.
type Metadata map[string]string

// Message is the basic transfer unit.
type Message struct {
	UUID     string
	Metadata Metadata
	Payload  Payload

	ctx context.Context
}

// NewMessage creates a new Message with given uuid and payload.
func NewMessage(uuid string, payload Payload) *Message {
	return &Message{UUID: uuid, Metadata: make(map[string]string), Payload: payload}
}

// Ack sends message's acknowledgement.
func (m *Message) Ack() bool { return true }

// Nack sends message's negative acknowledgement.
func (m *Message) Nack() bool { return true }

// Context returns the message's context.
func (m *Message) Context() context.Context {
	if m.ctx != nil {
		return m.ctx
	}
	return context.Background()
}

// Publisher is the emitting part of a Pub/Sub.
type Publisher interface {
	Publish(topic string, messages ...*Message) error
	Close() error
}

// Subscriber is the consuming part of the Pub/Sub.
type Subscriber interface {
	Subscribe(ctx context.Context, topic string) (<-chan *Message, error)
	Close() error
}

// HandlerFunc is function called when message is received.
type HandlerFunc func(msg *Message) ([]*Message, error)

// NoPublishHandlerFunc is HandlerFunc alternative, which doesn't produce any messages.
type NoPublishHandlerFunc func(msg *Message) error

// HandlerMiddleware allows us to write something like decorators to HandlerFunc.
type HandlerMiddleware func(h HandlerFunc) HandlerFunc

// RouterConfig holds the Router's configuration options.
type RouterConfig struct {
	CloseTimeout time.Duration
}

// Router is responsible for handling messages from subscribers using provided handler functions.
type Router struct {
	config RouterConfig
	logger watermill.LoggerAdapter
}

// NewRouter creates a new Router with given configuration.
func NewRouter(config RouterConfig, logger watermill.LoggerAdapter) (*Router, error) {
	return &Router{config: config, logger: logger}, nil
}

// Handler handles Messages.
type Handler struct {
	router *Router
}

// AddMiddleware adds a new middleware to the router.
func (r *Router) AddMiddleware(m ...HandlerMiddleware) {}

// AddHandler adds a new handler.
func (r *Router) AddHandler(
	handlerName string,
	subscribeTopic string,
	subscriber Subscriber,
	publishTopic string,
	publisher Publisher,
	handlerFunc HandlerFunc,
) *Handler {
	return &Handler{router: r}
}

// AddConsumerHandler adds a new handler that doesn't publish messages.
func (r *Router) AddConsumerHandler(
	handlerName string,
	subscribeTopic string,
	subscriber Subscriber,
	handlerFunc NoPublishHandlerFunc,
) *Handler {
	return &Handler{router: r}
}

// AddNoPublisherHandler adds a new handler that doesn't publish messages.
//
// Deprecated: use AddConsumerHandler instead.
func (r *Router) AddNoPublisherHandler(
	handlerName string,
	subscribeTopic string,
	subscriber Subscriber,
	handlerFunc NoPublishHandlerFunc,
) *Handler {
	return r.AddConsumerHandler(handlerName, subscribeTopic, subscriber, handlerFunc)
}

// Run runs all plugins and handlers and starts subscribing to provided topics.
func (r *Router) Run(ctx context.Context) (err error) { return nil }

// Close gracefully closes the router with a timeout provided in the configuration.
func (r *Router) Close() error { return nil }
