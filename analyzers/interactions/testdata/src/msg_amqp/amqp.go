// Package msg_amqp publishes, binds and consumes with amqp091-go and the
// older streadway/amqp: a topic exchange with a bound durable queue, the
// default exchange, a fanout with a server-named queue, and polling Get.
package msg_amqp

import (
	"context"

	amqp "github.com/rabbitmq/amqp091-go"
	legacy "github.com/streadway/amqp"
)

const exchange = "billing"

type Broker struct{ ch *amqp.Channel }

func Dial(url string) (*Broker, error) {
	conn, err := amqp.Dial(url)
	if err != nil {
		return nil, err
	}
	ch, err := conn.Channel()
	if err != nil {
		return nil, err
	}
	return &Broker{ch: ch}, nil
}

func (b *Broker) setup() error {
	if err := b.ch.ExchangeDeclare(exchange, amqp.ExchangeTopic, true, false, false, false, nil); err != nil {
		return err
	}
	q, err := b.ch.QueueDeclare("invoices", true, false, false, false, nil)
	if err != nil {
		return err
	}
	return b.ch.QueueBind(q.Name, "invoice.created", exchange, false, nil) //@message("bind amqp billing/invoice.created queue=invoices")
}

func (b *Broker) InvoiceCreated(ctx context.Context, body []byte) error {
	return b.ch.PublishWithContext(ctx, exchange, "invoice.created", false, false, amqp.Publishing{ //@message("publish amqp billing/invoice.created")
		ContentType:  "application/json",
		DeliveryMode: amqp.Persistent,
		Body:         body,
	})
}

func (b *Broker) email(ctx context.Context, body []byte) error {
	return b.ch.PublishWithContext(ctx, "", "emails", false, false, amqp.Publishing{Body: body}) //@message("publish amqp /emails")
}

func (b *Broker) consumeInvoices() error {
	q, err := b.ch.QueueDeclare("invoices", true, false, false, false, nil)
	if err != nil {
		return err
	}
	deliveries, err := b.ch.Consume(q.Name, "billing-worker", false, false, false, false, nil) //@message("consume amqp invoices")
	if err != nil {
		return err
	}
	for d := range deliveries {
		d.Ack(false)
	}
	return nil
}

func (b *Broker) tailLogs(ctx context.Context) error {
	if err := b.ch.ExchangeDeclare("logs", amqp.ExchangeFanout, true, false, false, false, nil); err != nil {
		return err
	}
	q, err := b.ch.QueueDeclare("", false, true, true, false, nil)
	if err != nil {
		return err
	}
	if err := b.ch.QueueBind(q.Name, "", "logs", false, nil); err != nil { //@message("bind amqp logs/ queue={?}")
		return err
	}
	msgs, err := b.ch.ConsumeWithContext(ctx, q.Name, "", true, false, false, false, nil) //@message("consume amqp {?}")
	if err != nil {
		return err
	}
	for range msgs {
	}
	return nil
}

func (b *Broker) confirmed(key string) error {
	_, err := b.ch.PublishWithDeferredConfirm("payments", key, true, false, amqp.Publishing{}) //@message("publish amqp payments/payment.settled")
	return err
}

func paid(b *Broker) error { return b.confirmed("payment.settled") }

func legacyAudit(ch *legacy.Channel) error {
	if err := ch.Publish("audit", "user.login", false, false, legacy.Publishing{Body: []byte("{}")}); err != nil { //@message("publish amqp audit/user.login")
		return err
	}
	d, ok, err := ch.Get("audit-log", true) //@message("consume amqp audit-log")
	if err != nil || !ok {
		return err
	}
	return d.Ack(false)
}

// channel has amqp's Channel methods and is not one.
type channel struct{}

func (channel) Publish(exchange, key string, mandatory, immediate bool, msg amqp.Publishing) error {
	return nil
}

func (channel) Consume(queue, consumer string) error { return nil }

func lookalike() {
	var c channel
	_ = c.Publish("not", "recorded", false, false, amqp.Publishing{})
	_ = c.Consume("not.recorded", "")
}
