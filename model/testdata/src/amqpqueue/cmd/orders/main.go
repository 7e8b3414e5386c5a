// Command orders publishes order events on a topic exchange.
package main

import (
	"context"

	amqp "github.com/rabbitmq/amqp091-go"
)

func main() {
	conn, _ := amqp.Dial("amqp://rabbitmq:5672/")
	ch, _ := conn.Channel()
	ch.PublishWithContext(context.Background(), "events", "order.paid", false, false, amqp.Publishing{})
	ch.PublishWithContext(context.Background(), "events", "order.shipped", false, false, amqp.Publishing{})
}
