// Package msg_handlers hands messages to handlers in each form: a named
// function, a method value, a function literal, a watermill handler
// method, a sarama handler of a concrete type and one behind the
// interface; a consume in a loop names none.
package msg_handlers

import (
	"context"

	"github.com/IBM/sarama"
	"github.com/ThreeDotsLabs/watermill/message"
	"github.com/nats-io/nats.go"
	"github.com/segmentio/kafka-go"
)

type Service struct{ nc *nats.Conn }

func handleOrder(m *nats.Msg) {}

func (s *Service) onPaid(m *nats.Msg) {}

func (s *Service) Start() {
	s.nc.Subscribe("orders.created", handleOrder)                   //@message("consume nats orders.created handler=handleOrder")
	s.nc.Subscribe("payments.captured", s.onPaid)                   //@message("consume nats payments.captured handler=(*msg_handlers.Service).onPaid")
	s.nc.QueueSubscribe("refunds", "billing", func(m *nats.Msg) {}) //@message("consume nats refunds queue=billing handler=func@25")
	s.nc.SubscribeSync("audit")                                     //@message("consume nats audit")
}

type Projector struct{ handle message.NoPublishHandlerFunc }

func (p *Projector) Project(m *message.Message) error { return nil }

func Route(r *message.Router, sub message.Subscriber, p *Projector) {
	r.AddNoPublisherHandler("project", "orders.created", sub, p.Project) //@message("consume watermill orders.created handler=(*msg_handlers.Projector).Project")
	r.AddNoPublisherHandler("made", "orders.made", sub, only("made"))    //@message("consume watermill orders.made handler=func@41")
	r.AddNoPublisherHandler("field", "orders.field", sub, p.handle)      //@message("consume watermill orders.field handling=unknown")
}

// only makes a handler: the literal it returns is the handler.
func only(kind string) message.NoPublishHandlerFunc {
	return func(m *message.Message) error { return nil }
}

type claims struct{}

func (claims) Setup(sarama.ConsumerGroupSession) error   { return nil }
func (claims) Cleanup(sarama.ConsumerGroupSession) error { return nil }
func (claims) ConsumeClaim(s sarama.ConsumerGroupSession, c sarama.ConsumerGroupClaim) error {
	return nil
}

func Consume(ctx context.Context, g sarama.ConsumerGroup, h sarama.ConsumerGroupHandler) {
	g.Consume(ctx, []string{"invoices"}, claims{}) //@message("consume kafka invoices handler=(msg_handlers.claims).ConsumeClaim")
	g.Consume(ctx, []string{"refunds"}, h)         //@message("consume kafka refunds handler=(sarama.ConsumerGroupHandler).ConsumeClaim")
}

func Loop(ctx context.Context, r *kafka.Reader) { // want Loop:"params #1"
	for {
		m, err := r.ReadMessage(ctx) //@message("consume kafka {param msg_handlers.Loop#1}")
		if err != nil {
			return
		}
		_ = m
	}
}
