// Package rabbit wraps a channel: the queue, key and exchange are its
// callers'.
package rabbit

import (
	"context"

	amqp "github.com/rabbitmq/amqp091-go"
)

type Rabbit struct{ ch *amqp.Channel }

func New(url string) *Rabbit {
	conn, _ := amqp.Dial(url)
	ch, _ := conn.Channel()
	return &Rabbit{ch: ch}
}

func (r *Rabbit) DeclareQueue(name string) {
	r.ch.QueueDeclare(name, true, false, false, false, nil)
}

func (r *Rabbit) BindQueue(name, key, exchange string) error {
	return r.ch.QueueBind(name, key, exchange, false, nil)
}

func (r *Rabbit) Publish(exchange, key string, body []byte) error {
	return r.ch.PublishWithContext(context.Background(), exchange, key, false, false, amqp.Publishing{Body: body})
}

func (r *Rabbit) Consume(queue string) (<-chan amqp.Delivery, error) {
	return r.ch.Consume(queue, "", true, false, false, false, nil)
}
