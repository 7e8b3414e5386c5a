// Package amqp is a minimal stub of github.com/streadway/amqp (checked against v1.1.0), the
// predecessor of github.com/rabbitmq/amqp091-go.
package amqp

import "time"

// Table stores user supplied fields of the following types.
type Table map[string]interface{}

// Connection manages the serialization and deserialization of frames from IO
// and dispatches the frames to the appropriate channel.
type Connection struct {
	Major      int
	Minor      int
	Properties Table
}

// Dial accepts a string in the AMQP URI format and returns a new Connection
// over TCP using PlainAuth.
func Dial(url string) (*Connection, error) { return &Connection{}, nil }

// Close requests and waits for the response to close the AMQP connection.
func (c *Connection) Close() error { return nil }

// Channel opens a unique, concurrent server channel to process the bulk of AMQP
// messages.
func (c *Connection) Channel() (*Channel, error) { return &Channel{}, nil }

// Channel represents an AMQP channel.
type Channel struct {
	id uint16
}

// Close initiate a clean channel closure.
func (ch *Channel) Close() error { return nil }

// Queue captures the current server state of the queue on the server returned
// from Channel.QueueDeclare or Channel.QueueInspect.
type Queue struct {
	Name      string
	Messages  int
	Consumers int
}

// QueueDeclare declares a queue to hold messages and deliver to consumers.
func (ch *Channel) QueueDeclare(name string, durable, autoDelete, exclusive, noWait bool, args Table) (Queue, error) {
	return Queue{Name: name}, nil
}

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

// Consume immediately starts delivering queued messages.
func (ch *Channel) Consume(queue, consumer string, autoAck, exclusive, noLocal, noWait bool, args Table) (<-chan Delivery, error) {
	return make(chan Delivery), nil
}

// Publish sends a Publishing from the client to an exchange on the server.
func (ch *Channel) Publish(exchange, key string, mandatory, immediate bool, msg Publishing) error {
	return nil
}

// Get synchronously receives a single Delivery from the head of a queue from the
// server to the client.
func (ch *Channel) Get(queue string, autoAck bool) (msg Delivery, ok bool, err error) {
	return Delivery{}, false, nil
}

// Publishing captures the client message sent to the server. (Trimmed.)
type Publishing struct {
	Headers       Table
	ContentType   string
	DeliveryMode  uint8
	CorrelationId string
	ReplyTo       string
	MessageId     string
	Timestamp     time.Time
	Type          string
	Body          []byte
}

// Delivery captures the fields for a previously delivered message resident in
// a queue to be delivered by the server to a consumer. (Trimmed.)
type Delivery struct {
	Headers     Table
	ContentType string
	MessageId   string
	ReplyTo     string
	Timestamp   time.Time
	Type        string
	DeliveryTag uint64
	Redelivered bool
	Exchange    string
	RoutingKey  string
	Body        []byte
}

// Ack delegates an acknowledgement through the Acknowledger interface.
func (d Delivery) Ack(multiple bool) error { return nil }

// Nack negatively acknowledge the delivery of message(s).
func (d Delivery) Nack(multiple, requeue bool) error { return nil }
