// Command order publishes payment.done to the shop exchange.
package main

import "amqpwrap/pkg/rabbit"

func main() {
	r := rabbit.New("amqp://rabbitmq:5672/")
	r.Publish("shop", "payment.done", nil)
}
