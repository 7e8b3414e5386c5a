package orders

import (
	"context"
	"encoding/json"
	"time"

	"github.com/segmentio/kafka-go"
)

// Kafka topics orders writes.
const (
	TopicOrderCreated = "orders.created"
	topicAudit        = "orders.audit"
)

// Events publishes what happens to orders.
type Events struct {
	created *kafka.Writer
	audit   *kafka.Writer
}

// NewEvents returns a publisher on the given brokers.
func NewEvents(brokers []string) *Events {
	return &Events{
		created: &kafka.Writer{
			Addr:         kafka.TCP(brokers...),
			Topic:        TopicOrderCreated,
			Balancer:     &kafka.Hash{},
			RequiredAcks: kafka.RequireAll,
			WriteTimeout: 5 * time.Second,
		},
		// The audit writer names no topic: each message carries its own.
		audit: &kafka.Writer{
			Addr:         kafka.TCP(brokers...),
			WriteTimeout: 5 * time.Second,
		},
	}
}

// OrderCreated announces a new, paid order, and records it for the audit
// trail that the compliance team reads straight from Kafka.
func (e *Events) OrderCreated(ctx context.Context, o Order) error {
	value, err := json.Marshal(o)
	if err != nil {
		return err
	}
	if err := e.created.WriteMessages(ctx, kafka.Message{Key: []byte(o.ID), Value: value}); err != nil {
		return err
	}
	return e.audit.WriteMessages(ctx, kafka.Message{Topic: topicAudit, Key: []byte(o.ID), Value: value})
}

// Close flushes and closes the writers.
func (e *Events) Close() error {
	if err := e.created.Close(); err != nil {
		return err
	}
	return e.audit.Close()
}
