// Package msg_amqpreply answers AMQP RPC requests: a consumer that
// publishes to the ReplyTo queue of the delivery it received answers a
// request, and is no publisher. The look-alikes publish to a routing key
// built from the delivery's routing key, and to a field named ReplyTo of
// the package's own type.
package msg_amqpreply

import (
	amqp "github.com/rabbitmq/amqp091-go"
	legacy "github.com/streadway/amqp"
)

type envelope struct{ ReplyTo string }

func serve(ch *amqp.Channel, d amqp.Delivery) error {
	_ = ch.Publish("", d.ReplyTo, false, false, amqp.Publishing{Body: []byte("42")})
	_ = ch.Publish("", d.RoutingKey+".done", false, false, amqp.Publishing{}) //@message("publish amqp /{RoutingKey}.done")
	return nil
}

func serveLegacy(ch *legacy.Channel, d *legacy.Delivery) error {
	return ch.Publish("", d.ReplyTo, false, false, legacy.Publishing{})
}

func forward(ch *amqp.Channel, e envelope) error {
	return ch.Publish("", e.ReplyTo, false, false, amqp.Publishing{}) //@message("publish amqp /{ReplyTo}")
}
