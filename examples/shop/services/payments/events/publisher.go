// Package events publishes the payments service's events to Kafka.
package events

import (
	"context"
	"fmt"
	"time"

	"github.com/segmentio/kafka-go"

	"example.com/shop/pkg/msg"
	"example.com/shop/services/payments/api"
)

// Publisher writes to the payment-captured topic.
type Publisher struct {
	w *kafka.Writer
}

// NewPublisher returns a Publisher for the given brokers.
func NewPublisher(brokers []string) *Publisher {
	return &Publisher{w: &kafka.Writer{
		Addr:         kafka.TCP(brokers...),
		Topic:        api.TopicPaymentCaptured,
		Balancer:     &kafka.Hash{},
		RequiredAcks: kafka.RequireAll,
		WriteTimeout: 10 * time.Second,
		ReadTimeout:  10 * time.Second,
		// The topic is created on first write; compose runs a single broker with auto-creation on.
		AllowAutoTopicCreation: true,
	}}
}

// PaymentCaptured publishes ev, keyed by its order id.
func (p *Publisher) PaymentCaptured(ctx context.Context, ev api.PaymentCaptured) error {
	m, err := msg.New(ev.OrderID, ev.EventID, ev)
	if err != nil {
		return err
	}
	if err := p.w.WriteMessages(ctx, m); err != nil {
		return fmt.Errorf("publish %s for order %s: %w", api.TopicPaymentCaptured, ev.OrderID, err)
	}
	return nil
}

// Close flushes pending writes and closes the writer.
func (p *Publisher) Close() error {
	return p.w.Close()
}
