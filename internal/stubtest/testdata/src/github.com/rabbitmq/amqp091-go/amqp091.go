// Package amqp091 is a minimal stub of github.com/rabbitmq/amqp091-go (checked against v1.5.0).
package amqp091

import (
	"context"
	"crypto/tls"
	"net"
	"time"
)

// Table stores user supplied fields of the following types.
type Table map[string]interface{}

// Config is used in DialConfig and Open to specify the desired tuning
// parameters used during a connection open handshake.
type Config struct {
	Vhost     string
	Heartbeat time.Duration
	Dial      func(network, addr string) (net.Conn, error)
}

// Connection manages the serialization and deserialization of frames from IO
// and dispatches the frames to the appropriate channel.
type Connection struct {
	Config Config
}

// Dial accepts a string in the AMQP URI format and returns a new Connection
// over TCP using PlainAuth.
func Dial(url string) (*Connection, error) { return &Connection{}, nil }

// DialTLS accepts a string in the AMQP URI format and returns a new Connection
// over TCP using PlainAuth.
func DialTLS(url string, amqps *tls.Config) (*Connection, error) { return &Connection{}, nil }

// DialConfig accepts a string in the AMQP URI format and a configuration for
// the transport and connection setup, returning a new Connection.
func DialConfig(url string, config Config) (*Connection, error) {
	return &Connection{Config: config}, nil
}

// Close requests and waits for the response to close the AMQP connection.
func (c *Connection) Close() error { return nil }

// Channel opens a unique, concurrent server channel to process the bulk of AMQP messages.
func (c *Connection) Channel() (*Channel, error) { return &Channel{connection: c}, nil }

// Channel represents an AMQP channel.
type Channel struct {
	connection *Connection
}

// Close initiate a clean channel closure.
func (ch *Channel) Close() error { return nil }

// Queue captures the current server state of the queue on the server.
type Queue struct {
	Name      string
	Messages  int
	Consumers int
}

// QueueDeclare declares a queue to hold messages and deliver to consumers.
func (ch *Channel) QueueDeclare(name string, durable, autoDelete, exclusive, noWait bool, args Table) (Queue, error) {
	return Queue{Name: name}, nil
}

// Consume immediately starts delivering queued messages.
func (ch *Channel) Consume(queue, consumer string, autoAck, exclusive, noLocal, noWait bool, args Table) (<-chan Delivery, error) {
	return make(chan Delivery), nil
}

// Publish sends a Publishing from the client to an exchange on the server.
//
// Deprecated: Use PublishWithContext instead.
func (ch *Channel) Publish(exchange, key string, mandatory, immediate bool, msg Publishing) error {
	_, err := ch.PublishWithDeferredConfirmWithContext(context.Background(), exchange, key, mandatory, immediate, msg)
	return err
}

// PublishWithContext sends a Publishing from the client to an exchange on the server.
func (ch *Channel) PublishWithContext(ctx context.Context, exchange, key string, mandatory, immediate bool, msg Publishing) error {
	_, err := ch.PublishWithDeferredConfirmWithContext(ctx, exchange, key, mandatory, immediate, msg)
	return err
}

// DeferredConfirmation represents a future publisher confirm for a message.
type DeferredConfirmation struct {
	DeliveryTag uint64
}

// PublishWithDeferredConfirmWithContext behaves identically to Publish but additionally returns a
// DeferredConfirmation.
func (ch *Channel) PublishWithDeferredConfirmWithContext(ctx context.Context, exchange, key string, mandatory, immediate bool, msg Publishing) (*DeferredConfirmation, error) {
	return nil, nil
}

// Publishing captures the client message sent to the server.
type Publishing struct {
	Headers Table

	ContentType     string
	ContentEncoding string
	DeliveryMode    uint8
	Priority        uint8
	CorrelationId   string
	ReplyTo         string
	Expiration      string
	MessageId       string
	Timestamp       time.Time
	Type            string
	UserId          string
	AppId           string

	Body []byte
}

// Acknowledger notifies the server of successful or failed consumption of
// deliveries via identifier found in the Delivery.DeliveryTag field.
type Acknowledger interface {
	Ack(tag uint64, multiple bool) error
	Nack(tag uint64, multiple bool, requeue bool) error
	Reject(tag uint64, requeue bool) error
}

// Delivery captures the fields for a previously delivered message resident in
// a queue to be delivered by the server to a consumer from Channel.Consume or
// Channel.Get.
type Delivery struct {
	Acknowledger Acknowledger

	Headers Table

	ContentType     string
	ContentEncoding string
	DeliveryMode    uint8
	Priority        uint8
	CorrelationId   string
	ReplyTo         string
	Expiration      string
	MessageId       string
	Timestamp       time.Time
	Type            string
	UserId          string
	AppId           string

	ConsumerTag string

	MessageCount uint32

	DeliveryTag uint64
	Redelivered bool
	Exchange    string
	RoutingKey  string

	Body []byte
}

// Ack delegates an acknowledgement through the Acknowledger interface.
func (d Delivery) Ack(multiple bool) error { return nil }

// Reject delegates a negatively acknowledgement through the Acknowledger interface.
func (d Delivery) Reject(requeue bool) error { return nil }

// Nack negatively acknowledge the delivery of message(s).
func (d Delivery) Nack(multiple, requeue bool) error { return nil }

// The declarations below were added for the messaging catalog, checked
// against v1.12.0 (ConsumeWithContext is new in v1.10.0).

// Exchange types.
const (
	ExchangeDirect  = "direct"
	ExchangeFanout  = "fanout"
	ExchangeTopic   = "topic"
	ExchangeHeaders = "headers"
)

// Persistent and Transient are the DeliveryMode values of a Publishing.
const (
	Transient  uint8 = 1
	Persistent uint8 = 2
)

// QueueDeclarePassive is functionally and parametrically equivalent to
// QueueDeclare, except that it sets the "passive" attribute to true.
func (ch *Channel) QueueDeclarePassive(name string, durable, autoDelete, exclusive, noWait bool, args Table) (Queue, error) {
	return Queue{Name: name}, nil
}

// QueueBind binds an exchange to a queue so that publishings to the exchange will
// be routed to the queue when the publishing routing key matches the binding
// routing key.
func (ch *Channel) QueueBind(name, key, exchange string, noWait bool, args Table) error { return nil }

// ExchangeDeclare declares an exchange on the server.
func (ch *Channel) ExchangeDeclare(name, kind string, durable, autoDelete, internal, noWait bool, args Table) error {
	return nil
}

// ConsumeWithContext immediately starts delivering queued messages.
func (ch *Channel) ConsumeWithContext(ctx context.Context, queue, consumer string, autoAck, exclusive, noLocal, noWait bool, args Table) (<-chan Delivery, error) {
	return make(chan Delivery), nil
}

// PublishWithDeferredConfirm behaves identically to Publish, but additionally
// returns a DeferredConfirmation.
func (ch *Channel) PublishWithDeferredConfirm(exchange, key string, mandatory, immediate bool, msg Publishing) (*DeferredConfirmation, error) {
	return ch.PublishWithDeferredConfirmWithContext(context.Background(), exchange, key, mandatory, immediate, msg)
}

// Get synchronously receives a single Delivery from the head of a queue from the
// server to the client.
func (ch *Channel) Get(queue string, autoAck bool) (msg Delivery, ok bool, err error) {
	return Delivery{}, false, nil
}
