// Package billing consumes in each form: a handler two calls away from
// its write and publish, a handler that only reads, a sarama handler
// behind its interface, and a kafka-go loop.
package billing

import (
	"context"
	"database/sql"
	"errors"

	"github.com/IBM/sarama"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/nats-io/nats.go"
	"github.com/redis/go-redis/v9"
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
	(&Guarded{db: db, rdb: redis.NewClient(&redis.Options{Addr: "cache:6379"})}).Start(nc)
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

// Guarded handlers: a Redis claim on the message's id before the insert;
// a dedupe insert with ON CONFLICT DO NOTHING; a unique violation taken
// for done.
type Guarded struct {
	db  *sql.DB
	rdb *redis.Client
}

func (g *Guarded) Start(nc *nats.Conn) {
	nc.Subscribe("receipts", g.onReceipt)
	nc.Subscribe("shipments", g.onShipment)
	nc.Subscribe("credits", g.onCredit)
	nc.Subscribe("late", g.onLate)
	g.StartBoth(nc, careful{g})
}

func (g *Guarded) onReceipt(m *nats.Msg) {
	ok, _ := g.rdb.SetNX(context.Background(), "seen:"+string(m.Data), 1, 0).Result()
	if !ok {
		return
	}
	g.db.Exec("INSERT INTO receipts (id) VALUES ($1)", string(m.Data))
}

func (g *Guarded) onShipment(m *nats.Msg) {
	if res, _ := g.db.Exec("INSERT INTO processed (id) VALUES ($1) ON CONFLICT DO NOTHING", string(m.Data)); res != nil {
		g.db.Exec("INSERT INTO shipments (id) VALUES ($1)", string(m.Data))
	}
}

func (g *Guarded) onCredit(m *nats.Msg) {
	_, err := g.db.Exec("INSERT INTO credits (id) VALUES ($1)", string(m.Data))
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "23505" {
		return
	}
}

// onLate claims the message after its insert: the claim comes too late.
func (g *Guarded) onLate(m *nats.Msg) {
	g.db.Exec("INSERT INTO late (id) VALUES ($1)", string(m.Data))
	g.claim(string(m.Data))
}

func (g *Guarded) claim(id string) {
	if !g.rdb.SetNX(context.Background(), "late:"+id, 1, 0).Val() {
		return
	}
}

// A handler behind an interface with two implementations: the claim of
// one does not guard the other's insert.
type handler interface{ Handle(m *nats.Msg) }

type careful struct{ g *Guarded }

func (c careful) Handle(m *nats.Msg) {
	_ = c.g.rdb.SetNX(context.Background(), "careful:"+string(m.Data), 1, 0).Val() || true
	c.g.db.Exec("INSERT INTO careful (id) VALUES ($1)", string(m.Data))
}

type careless struct{ g *Guarded }

func (c careless) Handle(m *nats.Msg) {
	c.g.db.Exec("INSERT INTO careless (id) VALUES ($1)", string(m.Data))
}

func (g *Guarded) StartBoth(nc *nats.Conn, h handler) {
	nc.Subscribe("both", h.Handle)
	_, _ = careful{g}, careless{g}
}
