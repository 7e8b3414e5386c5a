package ledger

import (
	"context"
	"encoding/json"

	amqp "github.com/rabbitmq/amqp091-go"
)

// The exchange billing listens on, and the routing key of a new invoice.
const (
	exchangeBilling   = "billing"
	keyInvoiceCreated = "invoice.created"
)

// Invoices tells billing about booked entries.
type Invoices struct {
	ch *amqp.Channel
}

// NewInvoices opens a channel on conn and declares the exchange.
func NewInvoices(conn *amqp.Connection) (*Invoices, error) {
	ch, err := conn.Channel()
	if err != nil {
		return nil, err
	}
	if err := ch.ExchangeDeclare(exchangeBilling, amqp.ExchangeTopic, true, false, false, false, nil); err != nil {
		ch.Close()
		return nil, err
	}
	return &Invoices{ch: ch}, nil
}

// Created publishes the entry as a new invoice line.
func (i *Invoices) Created(ctx context.Context, e Entry) error {
	body, err := json.Marshal(e)
	if err != nil {
		return err
	}
	return i.ch.PublishWithContext(ctx, exchangeBilling, keyInvoiceCreated, false, false, amqp.Publishing{
		ContentType:  "application/json",
		DeliveryMode: amqp.Persistent,
		MessageId:    e.ID,
		Body:         body,
	})
}
