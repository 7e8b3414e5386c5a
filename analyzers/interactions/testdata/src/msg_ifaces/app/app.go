// Package app publishes and consumes on the topics its configuration's
// interfaces name: each call of a getter returns what the getter of the
// type put in that interface returns.
package app

import (
	"context"

	"github.com/segmentio/kafka-go"

	"msg_ifaces/config"
)

func Publish(ctx context.Context, cfg config.Config, b []byte) error {
	w := &kafka.Writer{Addr: kafka.TCP("kafka:9092"), Topic: cfg.PaidProducer.TopicName()}
	return w.WriteMessages(ctx, kafka.Message{Value: b}) //@message("publish kafka ${ORDER_PAID_TOPIC}")
}

func Consume(ctx context.Context, cfg config.Config) error {
	r := kafka.NewReader(kafka.ReaderConfig{
		Brokers: []string{"kafka:9092"},
		Topic:   cfg.AssembledConsumer.TopicName(),
		GroupID: cfg.AssembledConsumer.GroupID(),
	})
	_, err := r.ReadMessage(ctx) //@message("consume kafka ${ORDER_ASSEMBLED_TOPIC} queue=${ORDER_ASSEMBLED_GROUP}")
	return err
}

// The look-alike: an interface no code fills says nothing.
func Reply(ctx context.Context, cfg config.Config, b []byte) error {
	w := &kafka.Writer{Addr: kafka.TCP("kafka:9092"), Topic: cfg.Replies.TopicName()}
	return w.WriteMessages(ctx, kafka.Message{Value: b}) //@message("publish kafka {?}")
}
