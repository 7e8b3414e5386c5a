// Package orders is order-service's code: it subscribes to the keys its
// main lists, through an interface, and asks users for a user.
package orders

import (
	"net/http"

	"github.com/nats-io/nats.go"
)

// Consumer subscribes to events by key.
type Consumer interface {
	Consume(keys []string) error
}

type natsConsumer struct{ nc *nats.Conn }

// NewConsumer returns a Consumer on nc.
func NewConsumer(nc *nats.Conn) Consumer { return &natsConsumer{nc: nc} }

func (c *natsConsumer) Consume(keys []string) error {
	for _, k := range keys {
		if _, err := c.nc.Subscribe(k, func(m *nats.Msg) { owner() }); err != nil {
			return err
		}
	}
	return nil
}

func owner() {
	http.Get("http://user-service:8080/users/7")
}
