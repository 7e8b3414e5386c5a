// Package msg_kafka publishes and consumes with segmentio/kafka-go: writers
// with a topic (a literal, the old WriterConfig, a helper per topic),
// a writer whose messages name their topics, readers alone and in a
// group, and a partition connection.
package msg_kafka

import (
	"context"
	"os"

	"github.com/segmentio/kafka-go"
)

const topicOrderCreated = "orders.created"

// Publisher keeps one writer for its topic.
type Publisher struct {
	w *kafka.Writer
}

func NewPublisher(brokers []string) *Publisher {
	return &Publisher{w: &kafka.Writer{
		Addr:     kafka.TCP(brokers...),
		Topic:    topicOrderCreated,
		Balancer: &kafka.LeastBytes{},
	}}
}

func (p *Publisher) OrderCreated(ctx context.Context, id string, body []byte) error {
	return p.w.WriteMessages(ctx, kafka.Message{Key: []byte(id), Value: body}) //@message("publish kafka orders.created")
}

type auditLog struct{ w *kafka.Writer }

func newAuditLog() *auditLog {
	return &auditLog{w: kafka.NewWriter(kafka.WriterConfig{
		Brokers: []string{"kafka:9092"},
		Topic:   os.Getenv("AUDIT_TOPIC"),
	})}
}

func (a *auditLog) record(ctx context.Context, b []byte) error {
	return a.w.WriteMessages(ctx, kafka.Message{Value: b}) //@message("publish kafka ${AUDIT_TOPIC}")
}

// router has no topic: each message names its own.
var router = &kafka.Writer{Addr: kafka.TCP("kafka:9092"), Balancer: &kafka.RoundRobin{}}

func fanOut(ctx context.Context, body []byte) error {
	msgs := []kafka.Message{
		{Topic: "payments.captured", Value: body},
		{Topic: "ledger.entries", Value: body},
	}
	return router.WriteMessages(ctx, msgs...) //@message("publish kafka payments.captured | ledger.entries")
}

func refund(ctx context.Context, id string) error {
	return router.WriteMessages(ctx, kafka.Message{Topic: "payments." + "refunded", Key: []byte(id)}) //@message("publish kafka payments.refunded")
}

func newWriter(topic string) *kafka.Writer {
	return &kafka.Writer{Addr: kafka.TCP("kafka:9092"), Topic: topic}
}

func dispatched(ctx context.Context) error {
	w := newWriter("shipments.dispatched")
	defer w.Close()
	return w.WriteMessages(ctx, kafka.Message{Value: []byte("{}")}) //@message("publish kafka shipments.dispatched")
}

func consumeOrders(ctx context.Context, handle func(kafka.Message) error) error {
	r := kafka.NewReader(kafka.ReaderConfig{
		Brokers: []string{"kafka:9092"},
		GroupID: "billing",
		Topic:   topicOrderCreated,
	})
	defer r.Close()
	for {
		m, err := r.FetchMessage(ctx) //@message("consume kafka orders.created queue=billing")
		if err != nil {
			return err
		}
		if err := handle(m); err != nil {
			return err
		}
		if err := r.CommitMessages(ctx, m); err != nil {
			return err
		}
	}
}

type groupConsumer struct{ r *kafka.Reader }

func newGroupConsumer() *groupConsumer {
	cfg := kafka.ReaderConfig{
		Brokers:     []string{"kafka:9092"},
		GroupID:     "notifier",
		GroupTopics: []string{topicOrderCreated, "payments.captured"},
	}
	return &groupConsumer{r: kafka.NewReader(cfg)}
}

func (g *groupConsumer) next(ctx context.Context) (kafka.Message, error) {
	return g.r.ReadMessage(ctx) //@message("consume kafka orders.created | payments.captured queue=notifier")
}

func tail(ctx context.Context) error {
	conn, err := kafka.DialLeader(ctx, "tcp", "kafka:9092", "inventory.changes", 0)
	if err != nil {
		return err
	}
	defer conn.Close()
	if _, err := conn.WriteMessages(kafka.Message{Value: []byte("reset")}); err != nil { //@message("publish kafka inventory.changes")
		return err
	}
	_, err = conn.ReadMessage(10e6) //@message("consume kafka inventory.changes")
	return err
}

// Forward writes with a writer its callers in other packages made: the
// topic is not known here, and is the parameter its callers bind.
func Forward(ctx context.Context, w *kafka.Writer, m kafka.Message) error { // want Forward:"params #1"
	return w.WriteMessages(ctx, m) //@message("publish kafka {param msg_kafka.Forward#1}")
}

// fakeWriter looks like a kafka-go Writer and is not one.
type fakeWriter struct{}

func (fakeWriter) WriteMessages(ctx context.Context, msgs ...kafka.Message) error { return nil }

func (fakeWriter) ReadMessage(ctx context.Context) (kafka.Message, error) {
	return kafka.Message{}, nil
}

func lookalike(ctx context.Context) {
	var f fakeWriter
	_ = f.WriteMessages(ctx, kafka.Message{Topic: "not.recorded"})
	_, _ = f.ReadMessage(ctx)
}
