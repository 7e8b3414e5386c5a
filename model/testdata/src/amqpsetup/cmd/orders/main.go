// Command orders publishes paid orders, and dead letters.
package main

import (
	amqp "github.com/rabbitmq/amqp091-go"

	"amqpsetup/pkg/broker"
)

func main() {
	ch := broker.Connect()
	ch.Publish("orders", "order.paid", false, false, amqp.Publishing{})
	ch.Publish("dlx", "", false, false, amqp.Publishing{})
}
