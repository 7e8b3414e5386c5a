// Command audit consumes a server-named queue that something out of
// sight binds: what it receives is not known.
package main

import (
	amqp "github.com/rabbitmq/amqp091-go"
)

func main() {
	conn, _ := amqp.Dial("amqp://rabbitmq:5672/")
	ch, _ := conn.Channel()
	q, _ := ch.QueueDeclare("", false, true, true, false, nil)
	msgs, _ := ch.Consume(q.Name, "", true, false, false, false, nil)
	for range msgs {
	}
}
