// Package msg_rabbitmq publishes and consumes with wagslane/go-rabbitmq
// (v0.12): routing keys on the default exchange and on one an option
// names, a consumer of a queue, and one bound to an exchange's key.
package msg_rabbitmq

import (
	"context"

	"github.com/wagslane/go-rabbitmq"
)

const queue = "mail"

func publish(p *rabbitmq.Publisher, body []byte) error {
	if err := p.Publish(body, []string{queue}, rabbitmq.WithPublishOptionsContentType("application/json")); err != nil { //@message("publish amqp /mail")
		return err
	}
	return p.PublishWithContext(context.Background(), body, []string{"order.paid"}, rabbitmq.WithPublishOptionsExchange("events")) //@message("publish amqp events/order.paid")
}

// relay names its exchange through a variable, and hands on options it
// is given, which may name another exchange: that one is not known.
func relay(p *rabbitmq.Publisher, body []byte, opts ...func(*rabbitmq.PublishOptions)) error {
	audit := rabbitmq.WithPublishOptionsExchange("audit")
	if err := p.Publish(body, []string{"relayed"}, audit); err != nil { //@message("publish amqp audit/relayed")
		return err
	}
	return p.Publish(body, []string{"forwarded"}, opts...) //@message("publish amqp {?}/forwarded")
}

func consume(conn *rabbitmq.Conn) error {
	if _, err := rabbitmq.NewConsumer(conn, handle, queue, rabbitmq.WithConsumerOptionsQueueDurable); err != nil { //@message("consume amqp mail handler=handle")
		return err
	}
	_, err := rabbitmq.NewConsumer(conn, handle, "billing", //@message("consume amqp billing handler=handle"), message("bind amqp events/order.paid queue=billing")
		rabbitmq.WithConsumerOptionsRoutingKey("order.paid"),
		rabbitmq.WithConsumerOptionsExchangeName("events"))
	return err
}

func handle(d rabbitmq.Delivery) rabbitmq.Action { return rabbitmq.Ack }
