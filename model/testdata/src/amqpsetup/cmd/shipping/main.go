// Command shipping consumes the shipments queue that the shared set-up binds.
package main

import "amqpsetup/pkg/broker"

func main() {
	ch := broker.Connect()
	msgs, _ := ch.Consume("shipments", "", false, false, false, false, nil)
	for range msgs {
	}
}
