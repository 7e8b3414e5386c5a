// Package rabbitmq is a minimal stub of github.com/wagslane/go-rabbitmq
// (checked against v0.12.3), a wrapper over amqp091-go.
package rabbitmq

import "context"

// Conn manages a connection, reconnecting as needed.
type Conn struct{}

// NewConn dials url.
func NewConn(url string, optionFuncs ...func(*ConnectionOptions)) (*Conn, error) { return &Conn{}, nil }

// ConnectionOptions configure a Conn.
type ConnectionOptions struct{}

// PublisherOptions configure a Publisher.
type PublisherOptions struct{}

// PublishOptions configure one publish.
type PublishOptions struct{ Exchange string }

// Publisher publishes messages.
type Publisher struct{}

// NewPublisher returns a Publisher on conn.
func NewPublisher(conn *Conn, optionFuncs ...func(*PublisherOptions)) (*Publisher, error) {
	return &Publisher{}, nil
}

// Publish publishes data to each routing key.
func (p *Publisher) Publish(data []byte, routingKeys []string, optionFuncs ...func(*PublishOptions)) error {
	return nil
}

// PublishWithContext is Publish with a context.
func (p *Publisher) PublishWithContext(ctx context.Context, data []byte, routingKeys []string, optionFuncs ...func(*PublishOptions)) error {
	return nil
}

// WithPublishOptionsExchange names the exchange to publish to.
func WithPublishOptionsExchange(exchange string) func(*PublishOptions) {
	return func(o *PublishOptions) { o.Exchange = exchange }
}

// WithPublishOptionsContentType sets the content type.
func WithPublishOptionsContentType(contentType string) func(*PublishOptions) {
	return func(*PublishOptions) {}
}

// Delivery is a message received.
type Delivery struct{ Body []byte }

// Action is what a handler asks for a delivery.
type Action int

// Ack acknowledges a delivery.
const Ack Action = 0

// Handler handles a delivery.
type Handler func(d Delivery) Action

// ConsumerOptions configure a Consumer.
type ConsumerOptions struct{}

// Consumer consumes a queue.
type Consumer struct{}

// NewConsumer starts consuming queue, handing each delivery to handler.
func NewConsumer(conn *Conn, handler Handler, queue string, optionFuncs ...func(*ConsumerOptions)) (*Consumer, error) {
	return &Consumer{}, nil
}

// WithConsumerOptionsRoutingKey binds the queue to the exchange with key.
func WithConsumerOptionsRoutingKey(routingKey string) func(*ConsumerOptions) {
	return func(*ConsumerOptions) {}
}

// WithConsumerOptionsExchangeName names the exchange the queue is bound to.
func WithConsumerOptionsExchangeName(name string) func(*ConsumerOptions) {
	return func(*ConsumerOptions) {}
}

// WithConsumerOptionsQueueDurable declares the queue durable.
func WithConsumerOptionsQueueDurable(options *ConsumerOptions) {}
