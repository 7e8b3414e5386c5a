// Command billing consumes a queue the server names, bound where it is
// declared to the keys it wants: it receives what the bindings name.
package main

import (
	amqp "github.com/rabbitmq/amqp091-go"
)

func main() {
	conn, _ := amqp.Dial("amqp://rabbitmq:5672/")
	ch, _ := conn.Channel()
	listen(ch)
}

func listen(ch *amqp.Channel) {
	q, _ := ch.QueueDeclare("", false, true, true, false, nil)
	ch.QueueBind(q.Name, "order.paid", "events", false, nil)
	msgs, _ := ch.Consume(q.Name, "", true, false, false, false, nil)
	for range msgs {
	}
}
