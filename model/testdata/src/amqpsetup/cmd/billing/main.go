// Command billing runs the shared set-up and consumes nothing.
package main

import "amqpsetup/pkg/broker"

func main() {
	broker.Connect()
	select {}
}
