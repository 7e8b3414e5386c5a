// Package notifier tells customers what happened to their orders: it
// consumes orders.created from Kafka and the payments.* subjects from NATS.
package notifier

import (
	"context"
	"encoding/json"
	"errors"
	"log"
	"time"

	"github.com/segmentio/kafka-go"
)

// topicOrderCreated is the topic orders announces new orders on.
const topicOrderCreated = "orders.created"

// order is the part of the orders.created event the notifier reads.
type order struct {
	ID         string `json:"id"`
	CustomerID string `json:"customer_id"`
	Status     string `json:"status"`
	WebhookURL string `json:"webhook_url"`
}

// ConsumeOrders reads orders.created until ctx ends and calls each
// order's webhook, if the customer registered one.
func ConsumeOrders(ctx context.Context, brokers []string, hooks *Webhooks) error {
	r := kafka.NewReader(kafka.ReaderConfig{
		Brokers: brokers,
		GroupID: "notifier",
		Topic:   topicOrderCreated,
		MaxWait: time.Second,
	})
	defer r.Close()
	for {
		msg, err := r.ReadMessage(ctx)
		if errors.Is(err, context.Canceled) {
			return nil
		}
		if err != nil {
			return err
		}
		var o order
		if err := json.Unmarshal(msg.Value, &o); err != nil {
			log.Printf("orders.created at offset %d: %v", msg.Offset, err)
			continue
		}
		if o.WebhookURL == "" {
			continue
		}
		if err := hooks.Send(ctx, o.WebhookURL, o); err != nil {
			log.Printf("webhook for order %s: %v", o.ID, err)
		}
	}
}
