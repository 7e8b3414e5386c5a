// Package events publishes the orders service's events to Kafka.
package events

import (
	"context"
	"fmt"
	"time"

	"github.com/segmentio/kafka-go"

	"example.com/shop/pkg/msg"
	"example.com/shop/services/orders/api"
)

// Publisher writes to the order-placed topic.
type Publisher struct {
	w *kafka.Writer
}

// NewPublisher returns a Publisher for the given brokers.
func NewPublisher(brokers []string) *Publisher {
	return &Publisher{w: &kafka.Writer{
		Addr:         kafka.TCP(brokers...),
		Topic:        api.TopicOrderPlaced,
		Balancer:     &kafka.Hash{},
		RequiredAcks: kafka.RequireAll,
		WriteTimeout: 10 * time.Second,
		ReadTimeout:  10 * time.Second,
		// The topic is created on first write; compose runs a single broker with auto-creation on.
		AllowAutoTopicCreation: true,
	}}
}

// OrderPlaced publishes ev, keyed by its order id so that an order's events stay ordered.
func (p *Publisher) OrderPlaced(ctx context.Context, ev api.OrderPlaced) error {
	m, err := msg.New(ev.OrderID, ev.EventID, ev)
	if err != nil {
		return err
	}
	if err := p.w.WriteMessages(ctx, m); err != nil {
		return fmt.Errorf("publish %s for order %s: %w", api.TopicOrderPlaced, ev.OrderID, err)
	}
	return nil
}

// Close flushes pending writes and closes the writer.
func (p *Publisher) Close() error {
	return p.w.Close()
}
