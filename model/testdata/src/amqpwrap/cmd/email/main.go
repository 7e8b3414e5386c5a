// Command email binds its named queue to the shop exchange with a wildcard
// key, through the wrapper, and consumes it: the binding's edge is the one
// drawn, not one from the queue.
package main

import "amqpwrap/pkg/rabbit"

const queue = "email_queue"

func main() {
	r := rabbit.New("amqp://rabbitmq:5672/")
	r.DeclareQueue(queue)
	r.BindQueue(queue, "payment.#", "shop")
	msgs, _ := r.Consume(queue)
	for range msgs {
	}
}
