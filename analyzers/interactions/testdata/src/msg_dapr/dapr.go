// Package msg_dapr publishes and subscribes with the Dapr Go SDK: a
// subscription names its topic in a common.Subscription (the pub/sub
// component's name is not recorded), handled by a function or by a
// subscriber's Handle method; a publish names the topic as its third
// argument.
package msg_dapr

import (
	"context"
	"log"

	dapr "github.com/dapr/go-sdk/client"
	"github.com/dapr/go-sdk/service/common"
	daprgrpc "github.com/dapr/go-sdk/service/grpc"
	daprd "github.com/dapr/go-sdk/service/http"
)

const pubsubName = "pubsub"

func onOrder(ctx context.Context, e *common.TopicEvent) (retry bool, err error) { return false, nil }

type refunds struct{}

func (refunds) Handle(ctx context.Context, e *common.TopicEvent) (retry bool, err error) {
	return false, nil
}

func Serve() {
	s := daprd.NewService(":8080")
	sub := &common.Subscription{PubsubName: pubsubName, Topic: "orders", Route: "/orders"}
	if err := s.AddTopicEventHandler(sub, onOrder); err != nil { //@message("consume dapr orders handler=onOrder")
		log.Fatal(err)
	}
	_ = s.AddTopicEventSubscriber(&common.Subscription{PubsubName: pubsubName, Topic: "refunds"}, refunds{}) //@message("consume dapr refunds handler=(msg_dapr.refunds).Handle")
	log.Fatal(s.Start())
}

// ServeGRPC subscribes to the topic its caller names: the parameter is
// bound where it is called.
func ServeGRPC(topic string) error { // want ServeGRPC:"params #0"
	s, err := daprgrpc.NewService(":50001")
	if err != nil {
		return err
	}
	return s.AddTopicEventHandler(&common.Subscription{PubsubName: pubsubName, Topic: topic}, func(ctx context.Context, e *common.TopicEvent) (bool, error) { //@message("consume dapr {param msg_dapr.ServeGRPC#0} handler=func@45")
		return false, nil
	})
}

func Publish(ctx context.Context, c dapr.Client, body []byte) error {
	if err := c.PublishEvent(ctx, pubsubName, "orders", body); err != nil { //@message("publish dapr orders")
		return err
	}
	return c.PublishEvent(ctx, pubsubName, "refunds", body, dapr.PublishEventWithContentType("application/json")) //@message("publish dapr refunds")
}

// outbox is not a Dapr client: its method of the same name records
// nothing.
type outbox struct{ rows [][]byte }

func (o *outbox) PublishEvent(ctx context.Context, pubsubName, topicName string, data interface{}) error {
	o.rows = append(o.rows, data.([]byte))
	return nil
}

func lookalike(ctx context.Context) {
	var o outbox
	_ = o.PublishEvent(ctx, pubsubName, "not.recorded", []byte("x"))
}
