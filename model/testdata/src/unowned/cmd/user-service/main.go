// Command user-service runs package users.
package main

import (
	"github.com/nats-io/nats.go"

	"unowned/internal/users"
)

func main() {
	nc, _ := nats.Connect("nats://nats:4222")
	users.Serve(users.NewProducer(nc), users.NewEvents(nc))
}
