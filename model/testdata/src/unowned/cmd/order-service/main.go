// Command order-service runs package orders.
package main

import (
	"github.com/nats-io/nats.go"

	"unowned/internal/orders"
)

func main() {
	nc, _ := nats.Connect("nats://nats:4222")
	c := orders.NewConsumer(nc)
	c.Consume([]string{"USER_REGISTERED", "users.deleted"})
	select {}
}
