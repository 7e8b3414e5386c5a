package brokers

import (
	"context"
	"log"

	"github.com/segmentio/kafka-go"
)

// kafka-go's Writer has WriteTimeout and ReadTimeout of 10s by default
// (zero means the default): WriteMessages is limited without a deadline.
func newOrderWriter(brokers []string) *kafka.Writer {
	return &kafka.Writer{
		Addr:     kafka.TCP(brokers...),
		Topic:    "orders",
		Balancer: &kafka.LeastBytes{},
	}
}

func emitOrder(w *kafka.Writer, id string, payload []byte) error {
	return w.WriteMessages(context.Background(), kafka.Message{Key: []byte(id), Value: payload})
}

// A producer that passes its callers' context through: not a sink.
type Producer struct {
	w *kafka.Writer
}

func (p *Producer) Send(ctx context.Context, key, value []byte) error {
	return p.w.WriteMessages(ctx, kafka.Message{Key: key, Value: value})
}

func sendHeartbeat(p *Producer) error {
	return p.Send(context.Background(), []byte("hb"), nil)
}

// A consume loop waits for the next message for as long as it takes: it
// is not a request.
func consumePayments(brokers []string, handle func(kafka.Message) error) {
	r := kafka.NewReader(kafka.ReaderConfig{
		Brokers: brokers,
		GroupID: "billing",
		Topic:   "payments",
	})
	defer r.Close()
	ctx := context.Background()
	for {
		m, err := r.FetchMessage(ctx)
		if err != nil {
			log.Printf("fetch: %v", err)
			return
		}
		if err := handle(m); err != nil {
			continue
		}
		if err := r.CommitMessages(ctx, m); err != nil {
			log.Printf("commit: %v", err)
		}
	}
}

func tail(r *kafka.Reader) {
	for {
		m, err := r.ReadMessage(context.Background())
		if err != nil {
			return
		}
		log.Printf("%s: %s", m.Key, m.Value)
	}
}
