// Package msg_watermill publishes and consumes with watermill: a router's
// handlers (consume and publish, consume only), a Publisher held as the
// interface, and a GoChannel pub/sub called directly.
package msg_watermill

import (
	"context"

	"github.com/ThreeDotsLabs/watermill"
	"github.com/ThreeDotsLabs/watermill/message"
	"github.com/ThreeDotsLabs/watermill/pubsub/gochannel"
)

const (
	topicOrderPlaced = "order.placed"
	topicOrderPaid   = "order.paid"
)

func run(ctx context.Context) error {
	logger := watermill.NewStdLogger(false, false)
	pubSub := gochannel.NewGoChannel(gochannel.Config{}, logger)
	router, err := message.NewRouter(message.RouterConfig{}, logger)
	if err != nil {
		return err
	}
	router.AddHandler("pay_order", topicOrderPlaced, pubSub, topicOrderPaid, pubSub, //@message("consume watermill order.placed handler=func@27"), message("publish watermill order.paid")
		func(msg *message.Message) ([]*message.Message, error) {
			return []*message.Message{message.NewMessage(watermill.NewUUID(), msg.Payload)}, nil
		})
	router.AddNoPublisherHandler("notify", topicOrderPaid, pubSub, func(msg *message.Message) error { return nil }) //@message("consume watermill order.paid handler=func@30")
	router.AddConsumerHandler("audit", "order.audit", pubSub, func(msg *message.Message) error { return nil })      //@message("consume watermill order.audit handler=func@31")
	return router.Run(ctx)
}

type service struct{ pub message.Publisher }

func (s *service) placeOrder(id string) error {
	return s.pub.Publish(topicOrderPlaced, message.NewMessage(watermill.NewUUID(), []byte(id))) //@message("publish watermill order.placed")
}

func direct(ctx context.Context, ps *gochannel.GoChannel) error {
	if err := ps.Publish("inventory.reserved", message.NewMessage(watermill.NewUUID(), nil)); err != nil { //@message("publish watermill inventory.reserved")
		return err
	}
	msgs, err := ps.Subscribe(ctx, "inventory.reserved") //@message("consume watermill inventory.reserved")
	if err != nil {
		return err
	}
	go func() {
		for m := range msgs {
			m.Ack()
		}
	}()
	var sub message.Subscriber = ps
	_, err = sub.Subscribe(ctx, "inventory.released") //@message("consume watermill inventory.released")
	return err
}

// outbox publishes into a table; it is not a watermill Publisher.
type outbox struct{ rows []string }

func (o *outbox) Publish(topic string, msgs ...*message.Message) error {
	o.rows = append(o.rows, topic)
	return nil
}

func lookalike() {
	var o outbox
	_ = o.Publish("not.recorded")
}
