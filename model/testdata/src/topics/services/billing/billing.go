// Package billing consumes through a reader its main makes.
package billing

import (
	"context"
	"fmt"

	"github.com/nats-io/nats.go"
	"github.com/segmentio/kafka-go"

	"topics/pkg/events"
)

type Consumer struct {
	r  *kafka.Reader
	nc *nats.Conn
}

func NewConsumer(r *kafka.Reader, nc *nats.Conn) *Consumer { return &Consumer{r: r, nc: nc} }

func (c *Consumer) Run(ctx context.Context) error {
	_, err := c.r.ReadMessage(ctx)
	return err
}

func (c *Consumer) Subscribe() {
	c.nc.Subscribe(events.OrderCreated, func(m *nats.Msg) {})
	c.nc.Subscribe(events.OrderPaid, func(m *nats.Msg) {})
	for _, st := range []string{"shipped", "cancelled", "lost"} {
		c.nc.Subscribe(fmt.Sprintf("orders.%s", st), func(m *nats.Msg) {})
	}
}
