// Command stats binds one queue and consumes another, which nothing in
// sight binds: that consume shows as an edge from its queue.
package main

import "amqpwrap/pkg/rabbit"

func main() {
	r := rabbit.New("amqp://rabbitmq:5672/")
	r.DeclareQueue("stats_queue")
	r.BindQueue("stats_queue", "payment.#", "shop")
	msgs, _ := r.Consume("stats_feed")
	for range msgs {
	}
}
