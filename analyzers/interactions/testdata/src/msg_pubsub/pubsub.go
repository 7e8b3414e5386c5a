// Package msg_pubsub publishes and receives with Google Cloud Pub/Sub, v1
// and v2: topics and subscriptions by id, a subscription the package
// creates on its topic, one it receives from by id elsewhere, and a
// full topic name.
package msg_pubsub

import (
	"context"
	"time"

	"cloud.google.com/go/pubsub"
	pubsubv2 "cloud.google.com/go/pubsub/v2"
)

type Events struct{ topic *pubsub.Topic }

func NewEvents(ctx context.Context, project string) (*Events, error) {
	client, err := pubsub.NewClient(ctx, project)
	if err != nil {
		return nil, err
	}
	return &Events{topic: client.Topic("user-signups")}, nil
}

func (e *Events) SignedUp(ctx context.Context, id string) error {
	res := e.topic.Publish(ctx, &pubsub.Message{Data: []byte(id), Attributes: map[string]string{"type": "signup"}}) //@message("publish pubsub user-signups")
	_, err := res.Get(ctx)
	return err
}

func setup(ctx context.Context, client *pubsub.Client) error {
	_, err := client.CreateSubscription(ctx, "welcome-emails", pubsub.SubscriptionConfig{
		Topic:       client.Topic("user-signups"),
		AckDeadline: 20 * time.Second,
	})
	return err
}

func welcome(ctx context.Context, client *pubsub.Client) error {
	sub := client.Subscription("welcome-emails")
	sub.ReceiveSettings.MaxOutstandingMessages = 10
	return sub.Receive(ctx, func(ctx context.Context, m *pubsub.Message) { m.Ack() }) //@message("consume pubsub user-signups queue=welcome-emails handler=func@42")
}

func analytics(ctx context.Context, client *pubsub.Client) error {
	return client.Subscription("analytics").Receive(ctx, func(ctx context.Context, m *pubsub.Message) { m.Ack() }) //@message("consume pubsub subscription:analytics queue=analytics handler=func@46")
}

func billing(ctx context.Context, client *pubsub.Client) error {
	sub, err := client.CreateSubscription(ctx, "billing-sub", pubsub.SubscriptionConfig{Topic: client.Topic("invoices")})
	if err != nil {
		return err
	}
	return sub.Receive(ctx, func(ctx context.Context, m *pubsub.Message) { m.Ack() }) //@message("consume pubsub invoices queue=billing-sub handler=func@54")
}

func v2(ctx context.Context) error {
	client, err := pubsubv2.NewClient(ctx, "shop")
	if err != nil {
		return err
	}
	defer client.Close()
	pub := client.Publisher("projects/shop/topics/orders")
	defer pub.Stop()
	if _, err := pub.Publish(ctx, &pubsubv2.Message{Data: []byte("{}")}).Get(ctx); err != nil { //@message("publish pubsub orders")
		return err
	}
	sub := client.Subscriber("orders-fulfilment")
	return sub.Receive(ctx, func(ctx context.Context, m *pubsubv2.Message) { m.Ack() }) //@message("consume pubsub subscription:orders-fulfilment queue=orders-fulfilment handler=func@69")
}

// memTopic is an in-memory topic for tests; it is not Pub/Sub's.
type memTopic struct{ msgs []*pubsub.Message }

func (t *memTopic) Publish(ctx context.Context, msg *pubsub.Message) *pubsub.PublishResult {
	t.msgs = append(t.msgs, msg)
	return nil
}

func lookalike(ctx context.Context) {
	var t memTopic
	t.Publish(ctx, &pubsub.Message{})
}
