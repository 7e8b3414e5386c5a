// Package pub publishes to the topics config names: the values of
// another package's variable come with its fact.
package pub

import (
	"context"

	"github.com/segmentio/kafka-go"

	"msg_vars/config"
)

func Placed(ctx context.Context, b []byte) error {
	w := &kafka.Writer{Addr: kafka.TCP("kafka:9092"), Topic: config.Topic}
	return w.WriteMessages(ctx, kafka.Message{Value: b}) //@message("publish kafka ${ORDERS_TOPIC} | orders")
}

// The look-alike: a variable no code of config sets stays unknown.
func Replied(ctx context.Context, b []byte) error {
	w := &kafka.Writer{Addr: kafka.TCP("kafka:9092"), Topic: config.Replies}
	return w.WriteMessages(ctx, kafka.Message{Value: b}) //@message("publish kafka {?}")
}
