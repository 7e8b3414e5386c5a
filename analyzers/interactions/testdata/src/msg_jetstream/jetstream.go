// Package msg_jetstream publishes and consumes with the jetstream package of
// nats.go: consumers made on a stream by name with a filter subject, on a
// Stream value without one (the whole stream), an ordered consumer with
// several filter subjects, and an existing durable consumer.
package msg_jetstream

import (
	"context"
	"errors"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

const streamOrders = "ORDERS"

type Orders struct{ js jetstream.JetStream }

func New(nc *nats.Conn) (*Orders, error) {
	js, err := jetstream.New(nc)
	if err != nil {
		return nil, err
	}
	return &Orders{js: js}, nil
}

func (o *Orders) Created(ctx context.Context, id string) error {
	_, err := o.js.Publish(ctx, streamOrders+".created", []byte(id)) //@message("publish nats ORDERS.created")
	return err
}

func (o *Orders) Shipped(id string) error {
	_, err := o.js.PublishMsgAsync(&nats.Msg{Subject: "ORDERS.shipped", Data: []byte(id)}) //@message("publish nats ORDERS.shipped")
	return err
}

func (o *Orders) consumeCreated(ctx context.Context) error {
	cons, err := o.js.CreateOrUpdateConsumer(ctx, streamOrders, jetstream.ConsumerConfig{
		Durable:       "billing",
		FilterSubject: "ORDERS.created",
		AckPolicy:     jetstream.AckExplicitPolicy,
	})
	if err != nil {
		return err
	}
	cc, err := cons.Consume(func(m jetstream.Msg) { m.Ack() }) //@message("consume nats ORDERS.created queue=billing handler=func@46")
	if err != nil {
		return err
	}
	defer cc.Stop()
	<-ctx.Done()
	return nil
}

func (o *Orders) consumeAll(ctx context.Context) error {
	stream, err := o.js.Stream(ctx, streamOrders)
	if err != nil {
		return err
	}
	cons, err := stream.CreateOrUpdateConsumer(ctx, jetstream.ConsumerConfig{Durable: "audit"})
	if err != nil {
		return err
	}
	it, err := cons.Messages() //@message("consume nats stream:ORDERS queue=audit")
	if err != nil {
		return err
	}
	defer it.Stop()
	for {
		m, err := it.Next()
		if err != nil {
			return err
		}
		m.Ack()
	}
}

func (o *Orders) deliveries(ctx context.Context) error {
	s, err := o.js.CreateStream(ctx, jetstream.StreamConfig{Name: "SHIPMENTS", Subjects: []string{"SHIPMENTS.*"}}) //@message("stream nats SHIPMENTS.* queue=SHIPMENTS")
	if err != nil {
		return err
	}
	cons, err := s.OrderedConsumer(ctx, jetstream.OrderedConsumerConfig{
		FilterSubjects: []string{"SHIPMENTS.delivered", "SHIPMENTS.returned"},
	})
	if err != nil {
		return err
	}
	batch, err := cons.Fetch(10) //@message("consume nats SHIPMENTS.delivered | SHIPMENTS.returned")
	if err != nil {
		return err
	}
	for m := range batch.Messages() {
		m.Ack()
	}
	return batch.Error()
}

func (o *Orders) ledger(ctx context.Context) error {
	cons, err := o.js.Consumer(ctx, "PAYMENTS", "ledger")
	if err != nil {
		return err
	}
	m, err := cons.Next() //@message("consume nats stream:PAYMENTS queue=ledger")
	if err != nil {
		return err
	}
	return m.Ack()
}

// Drain takes a consumer its callers made: which one is not known here,
// and is the parameter its callers bind.
func Drain(c jetstream.Consumer) error { // want Drain:"params #0"
	_, err := c.FetchNoWait(100) //@message("consume nats {param msg_jetstream.Drain#0}")
	return err
}

// store is the service's own publisher; it is not JetStream.
type store struct{ published []string }

func (s *store) Publish(ctx context.Context, subject string, payload []byte) (*jetstream.PubAck, error) {
	s.published = append(s.published, subject)
	return nil, errors.New("not a stream")
}

func lookalike(ctx context.Context) {
	var s store
	_, _ = s.Publish(ctx, "not.recorded", nil)
}
