// want package:"has sinks"

// Package brokers covers message brokers whose clients limit their own
// calls (kafka-go, amqp091) or take a timeout (nats Request), and the one
// call that waits on a context alone: nats RequestWithContext.
package brokers

import (
	"context"
	"encoding/json"
	"time"

	amqp "github.com/rabbitmq/amqp091-go"
)

// Publishing writes to the connection and does not wait for a reply: no
// deadline is needed, even with context.Background().
func publishOrderCreated(ch *amqp.Channel, order any) error {
	body, err := json.Marshal(order)
	if err != nil {
		return err
	}
	return ch.PublishWithContext(context.Background(), "orders", "order.created", false, false, amqp.Publishing{
		ContentType:  "application/json",
		DeliveryMode: 2,
		Timestamp:    time.Now(),
		Body:         body,
	})
}

// A publisher that passes its callers' context through: not a sink.
type Publisher struct {
	ch       *amqp.Channel
	exchange string
}

func (p *Publisher) Publish(ctx context.Context, key string, body []byte) error {
	return p.ch.PublishWithContext(ctx, p.exchange, key, false, false, amqp.Publishing{Body: body})
}

func announce(p *Publisher) error {
	return p.Publish(context.Background(), "service.started", nil)
}

// A consumer ranges over deliveries: nothing to limit.
func consumeOrders(conn *amqp.Connection, handle func([]byte) error) error {
	ch, err := conn.Channel()
	if err != nil {
		return err
	}
	deliveries, err := ch.Consume("orders", "billing", false, false, false, false, nil)
	if err != nil {
		return err
	}
	for d := range deliveries {
		if handle(d.Body) != nil {
			d.Nack(false, true)
			continue
		}
		d.Ack(false)
	}
	return nil
}
