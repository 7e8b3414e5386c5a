// Package kafka is a minimal stub of github.com/confluentinc/confluent-kafka-go/kafka
// (checked against confluent-kafka-go v1.9.2; the real package wraps librdkafka
// with cgo).
package kafka

import "time"

// PartitionAny represents any partition (for partitioning).
const PartitionAny = int32(-1)

// Offset is a Kafka offset.
type Offset int64

// TopicPartition is a generic placeholder for a Topic+Partition and optionally Offset.
type TopicPartition struct {
	Topic     *string
	Partition int32
	Offset    Offset
	Metadata  *string
	Error     error
}

// Header is a message header.
type Header struct {
	Key   string
	Value []byte
}

// Message represents a Kafka message.
type Message struct {
	TopicPartition TopicPartition
	Value          []byte
	Key            []byte
	Timestamp      time.Time
	Opaque         interface{}
	Headers        []Header
}

// Event generic interface.
type Event interface {
	// String returns a human-readable representation of the event.
	String() string
}

// ConfigValue supports the following types: bool, int, string, any type with the standard String() interface.
type ConfigValue interface{}

// ConfigMap is a map containing standard librdkafka configuration properties.
type ConfigMap map[string]ConfigValue

// RebalanceCb provides a per-Subscribe*() rebalance event callback.
type RebalanceCb func(*Consumer, Event) error

// Consumer implements a High-level Apache Kafka Consumer instance.
type Consumer struct{ topics []string }

// NewConsumer creates a new high-level Consumer instance.
func NewConsumer(conf *ConfigMap) (*Consumer, error) { return &Consumer{}, nil }

// Subscribe to a single topic.
func (c *Consumer) Subscribe(topic string, rebalanceCb RebalanceCb) error {
	return c.SubscribeTopics([]string{topic}, rebalanceCb)
}

// SubscribeTopics subscribes to the provided list of topics.
func (c *Consumer) SubscribeTopics(topics []string, rebalanceCb RebalanceCb) (err error) {
	c.topics = topics
	return nil
}

// Poll the consumer for messages or events.
func (c *Consumer) Poll(timeoutMs int) (event Event) { return nil }

// ReadMessage polls the consumer for a message.
func (c *Consumer) ReadMessage(timeout time.Duration) (*Message, error) { return &Message{}, nil }

// CommitMessage commits the offset based on the provided message.
func (c *Consumer) CommitMessage(m *Message) ([]TopicPartition, error) { return nil, nil }

// Close Consumer instance.
func (c *Consumer) Close() (err error) { return nil }

// Producer implements a High-level Apache Kafka Producer instance.
type Producer struct{ produceChannel chan *Message }

// NewProducer creates a new high-level Producer instance.
func NewProducer(conf *ConfigMap) (*Producer, error) {
	return &Producer{produceChannel: make(chan *Message)}, nil
}

// Produce single message.
func (p *Producer) Produce(msg *Message, deliveryChan chan Event) error { return nil }

// Events returns the Events channel (read).
func (p *Producer) Events() chan Event { return nil }

// ProduceChannel returns the produce *Message channel (write).
//
// Deprecated: ProduceChannel (channel based producer) is deprecated in favour of Produce().
func (p *Producer) ProduceChannel() chan *Message { return p.produceChannel }

// Flush and wait for outstanding messages and requests to complete delivery.
func (p *Producer) Flush(timeoutMs int) int { return 0 }

// Close a Producer instance.
func (p *Producer) Close() {}
