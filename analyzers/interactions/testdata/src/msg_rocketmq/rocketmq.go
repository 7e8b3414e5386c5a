// want package:"impls msg_rocketmq.event as msg_rocketmq.Event"

// Package msg_rocketmq sends and consumes with apache/rocketmq-client-go:
// messages made by primitive.NewMessage, by a literal, and by a method of
// an interface that the package's own type implements; a push consumer's
// subscription with its handler.
package msg_rocketmq

import (
	"context"
	"time"

	rocketmq "github.com/apache/rocketmq-client-go/v2"
	"github.com/apache/rocketmq-client-go/v2/consumer"
	"github.com/apache/rocketmq-client-go/v2/primitive"
)

const topic = "shop_events"

// Event encodes itself as a message for the shop's topic.
type Event interface {
	Encode(tag string) *primitive.Message
}

type event struct{ body []byte }

func (e *event) Encode(tag string) *primitive.Message { // want Encode:"handle shop_events"
	return primitive.NewMessage(topic, e.body).WithTag(tag)
}

func NewEvent(b []byte) Event { return &event{b} }

func paid(ctx context.Context, p rocketmq.Producer) error {
	_, err := p.SendSync(ctx, primitive.NewMessage("orders_paid", nil)) //@message("publish rocketmq orders_paid")
	return err
}

func shipped(ctx context.Context, p rocketmq.Producer) error {
	return p.SendOneWay(ctx, &primitive.Message{Topic: "orders_shipped"}) //@message("publish rocketmq orders_shipped")
}

func encoded(ctx context.Context, p rocketmq.Producer) error {
	msg := NewEvent(nil).Encode("created")
	_, err := p.SendSync(ctx, msg) //@message("publish rocketmq shop_events")
	return err
}

func ask(ctx context.Context, p rocketmq.Producer) error {
	_, err := p.Request(ctx, 3*time.Second, primitive.NewMessage("quotes", nil)) //@message("publish rocketmq quotes request deadline=true timeout=3s")
	return err
}

func listen(c rocketmq.PushConsumer) error {
	return c.Subscribe(topic, consumer.MessageSelector{}, handle) //@message("consume rocketmq shop_events handler=handle")
}

func handle(ctx context.Context, msgs ...*primitive.MessageExt) (consumer.ConsumeResult, error) {
	return consumer.ConsumeSuccess, nil
}
