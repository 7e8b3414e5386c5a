// Command invoicing consumes the dead letters, on a channel of its own:
// the binding that routes them there is the others' set-up.
package main

import amqp "github.com/rabbitmq/amqp091-go"

func main() {
	conn, _ := amqp.Dial("amqp://rabbitmq:5672/")
	ch, _ := conn.Channel()
	msgs, _ := ch.Consume("main_queue", "", false, false, false, false, nil)
	for range msgs {
	}
}
