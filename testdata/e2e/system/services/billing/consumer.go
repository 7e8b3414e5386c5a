// Package billing turns booked ledger entries into invoice lines.
package billing

import (
	"context"
	"encoding/json"
	"log"

	amqp "github.com/rabbitmq/amqp091-go"
)

// Where the ledger publishes new invoice lines, and billing's queue.
const (
	exchange   = "billing"
	routingKey = "invoice.created"
	queue      = "invoices"
)

// Line is one invoice line.
type Line struct {
	ID          string `json:"id"`
	AccountID   string `json:"account_id"`
	Reference   string `json:"reference"`
	AmountCents int64  `json:"amount_cents"`
	Currency    string `json:"currency"`
}

// Consume binds the invoices queue and adds each line to the account's
// open invoice until ctx ends or the channel closes.
func Consume(ctx context.Context, conn *amqp.Connection, add func(Line) error) error {
	ch, err := conn.Channel()
	if err != nil {
		return err
	}
	defer ch.Close()
	if err := ch.ExchangeDeclare(exchange, amqp.ExchangeTopic, true, false, false, false, nil); err != nil {
		return err
	}
	q, err := ch.QueueDeclare(queue, true, false, false, false, nil)
	if err != nil {
		return err
	}
	if err := ch.QueueBind(q.Name, routingKey, exchange, false, nil); err != nil {
		return err
	}
	deliveries, err := ch.Consume(q.Name, "billing", false, false, false, false, nil)
	if err != nil {
		return err
	}
	for {
		select {
		case <-ctx.Done():
			return nil
		case d, ok := <-deliveries:
			if !ok {
				return nil
			}
			var line Line
			if err := json.Unmarshal(d.Body, &line); err != nil {
				log.Printf("invoice line %s: %v", d.MessageId, err)
				d.Reject(false)
				continue
			}
			if err := add(line); err != nil {
				log.Printf("invoice line %s: %v", line.ID, err)
				d.Nack(false, true)
				continue
			}
			d.Ack(false)
		}
	}
}
