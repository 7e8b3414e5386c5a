// Package msg_franz produces and consumes with franz-go: a record's
// Topic, records handed to ProduceSync, and the topics and group a
// client's options name, which PollFetches consumes.
package msg_franz

import (
	"context"

	"github.com/twmb/franz-go/pkg/kgo"
)

const orderRequest = "order-request"

func produce(ctx context.Context, cl *kgo.Client) {
	rec := &kgo.Record{Topic: orderRequest, Value: []byte("{}")}
	cl.Produce(ctx, rec, nil)                              //@message("publish kafka order-request")
	cl.ProduceSync(ctx, &kgo.Record{Topic: "order-state"}) //@message("publish kafka order-state")
}

func consume(ctx context.Context) {
	cl, _ := kgo.NewClient(kgo.SeedBrokers("kafka:9092"), kgo.ConsumerGroup("inventory"), kgo.ConsumeTopics(orderRequest, "order-cancelled"))
	for {
		fs := cl.PollFetches(ctx) //@message("consume kafka order-request | order-cancelled queue=inventory")
		fs.EachRecord(func(r *kgo.Record) {})
	}
}
