// Command shipping consumes the orders stream, named by the shared
// package's configuration.
package main

import (
	"context"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"requests/pkg/streams"
)

func main() {
	nc, _ := nats.Connect("nats://nats:4222")
	js, _ := jetstream.New(nc)
	ctx := context.Background()
	js.CreateStream(ctx, streams.Orders)
	cons, _ := js.CreateConsumer(ctx, streams.Orders.Name, jetstream.ConsumerConfig{Durable: "shipping"})
	cons.Consume(func(m jetstream.Msg) { m.Ack() })
	select {}
}
