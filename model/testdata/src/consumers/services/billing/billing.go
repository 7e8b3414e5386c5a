// Package billing consumes in each form: a handler two calls away from
// its write and publish, a handler that only reads, a sarama handler
// behind its interface, and a kafka-go loop.
package billing

import (
	"context"
	"database/sql"

	"github.com/IBM/sarama"
	"github.com/nats-io/nats.go"
	"github.com/segmentio/kafka-go"

	"consumers/services/billing/store"
)

type Handler struct {
	nc    *nats.Conn
	store *store.Store
}

func Run() {
	db, _ := sql.Open("postgres", "postgres://billing@db:5432/billing")
	nc, _ := nats.Connect("nats://nats:4222")
	h := &Handler{nc: nc, store: &store.Store{DB: db}}
	nc.Subscribe("orders.created", h.onOrder)
	nc.Subscribe("orders.viewed", func(m *nats.Msg) { _ = h.store.Find(string(m.Data)) })

	g, _ := sarama.NewConsumerGroup([]string{"kafka:9092"}, "billing", nil)
	var ch sarama.ConsumerGroupHandler = claims{db: db}
	g.Consume(context.Background(), []string{"refunds"}, ch)

	r := kafka.NewReader(kafka.ReaderConfig{Topic: "invoices"})
	for {
		m, err := r.ReadMessage(context.Background())
		if err != nil {
			return
		}
		db.Exec("UPDATE invoices SET paid = true WHERE id = $1", string(m.Value))
	}
}

func (h *Handler) onOrder(m *nats.Msg) {
	h.charge(string(m.Data))
}

func (h *Handler) charge(order string) {
	if h.store.Charge(order) == nil {
		h.nc.Publish("payments.captured", []byte(order))
	}
}

type claims struct{ db *sql.DB }

func (claims) Setup(sarama.ConsumerGroupSession) error   { return nil }
func (claims) Cleanup(sarama.ConsumerGroupSession) error { return nil }
func (c claims) ConsumeClaim(s sarama.ConsumerGroupSession, cl sarama.ConsumerGroupClaim) error {
	for m := range cl.Messages() {
		c.db.Exec("INSERT INTO refunds (id) VALUES ($1)", string(m.Value))
	}
	return nil
}
