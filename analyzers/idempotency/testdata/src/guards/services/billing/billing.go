// Package billing consumes in each form, with and without guards.
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
)

type H struct {
	db  *sql.DB
	nc  *nats.Conn
	rdb *redis.Client
}

func Run() {
	db, _ := sql.Open("postgres", "postgres://billing@db:5432/billing")
	nc, _ := nats.Connect("nats://nats:4222")
	h := &H{db: db, nc: nc, rdb: redis.NewClient(&redis.Options{Addr: "cache:6379"})}

	nc.Subscribe("orders.placed", h.charge)                                     // want `billing consumes nats:orders.placed and, on every delivery, write table charges \(postgres:db/billing\), publish nats:payments.captured; brokers deliver at least once` `billing consumes nats:orders.placed, and its handling both writes the database`
	nc.Subscribe("orders.viewed", func(m *nats.Msg) { h.db.Query("SELECT 1") }) // a read: clean
	nc.Subscribe("stock.set", h.setStock)                                       // an upsert to a value: clean
	nc.Subscribe("stock.added", h.addStock)                                     // want `billing consumes nats:stock.added and, on every delivery, write table stock`
	nc.Subscribe("receipts", h.claimFirst)                                      // a claim first: clean
	nc.Subscribe("shipments", h.processedFirst)                                 // a processed-messages insert first: clean
	nc.Subscribe("parcels", h.processedUnchecked)                               // want `billing consumes nats:parcels and, on every delivery, write table parcels`
	nc.Subscribe("passes", h.setnxErrOnly)                                      // want `billing consumes nats:passes and, on every delivery, write table passes`
	nc.Subscribe("tickets", h.setnxUnchecked)                                   // want `billing consumes nats:tickets and, on every delivery, write table tickets`
	nc.Subscribe("credits", h.uniqueIsDone)                                     // a unique violation taken for done: clean
	nc.Subscribe("late", h.claimLate)                                           // want `billing consumes nats:late and, on every delivery, write table late`
	nc.Subscribe("audit", h.vouched)                                            // vouched for on the handler: clean
	//boundcheck:idempotent the events table has a unique key on the event id
	nc.Subscribe("events", h.record)
	nc.Subscribe("unexplained", h.unexplained) // want `billing consumes nats:unexplained and, on every delivery, write table notes`
	nc.Subscribe("payouts", h.inboxFirst)      // an inbox read first: clean
	nc.Subscribe("bonuses", h.inboxLate)       // want `billing consumes nats:bonuses and, on every delivery, write table bonuses`
	nc.Subscribe("transfers", h.claimByUnique) // want `billing consumes nats:transfers, and its handling both writes the database \(write table seen`

	g, _ := sarama.NewConsumerGroup([]string{"kafka:9092"}, "billing", nil)
	var ch sarama.ConsumerGroupHandler = claims{db: db}
	g.Consume(context.Background(), []string{"refunds"}, ch) // want `billing consumes kafka:refunds and, on every delivery, write table refunds`

	r := kafka.NewReader(kafka.ReaderConfig{Topic: "invoices"})
	for {
		m, err := r.ReadMessage(context.Background()) // want `billing consumes kafka:invoices and, on every delivery, write table invoice_lines`
		if err != nil {
			return
		}
		db.Exec("INSERT INTO invoice_lines (invoice_id) VALUES ($1)", string(m.Value))
	}
}

func (h *H) charge(m *nats.Msg) {
	h.db.Exec("INSERT INTO charges (order_id) VALUES ($1)", string(m.Data))
	h.nc.Publish("payments.captured", m.Data)
}

func (h *H) setStock(m *nats.Msg) {
	h.db.Exec("INSERT INTO stock (sku, n) VALUES ($1, 1) ON CONFLICT (sku) DO UPDATE SET n = excluded.n", string(m.Data))
}

func (h *H) addStock(m *nats.Msg) {
	h.db.Exec("UPDATE stock SET n = n + 1 WHERE sku = $1", string(m.Data))
}

func (h *H) claimFirst(m *nats.Msg) {
	first, _ := h.rdb.SetNX(context.Background(), "seen:"+string(m.Data), 1, 0).Result()
	if !first {
		return
	}
	h.db.Exec("INSERT INTO receipts (id) VALUES ($1)", string(m.Data))
}

func (h *H) processedFirst(m *nats.Msg) {
	res, err := h.db.Exec("INSERT INTO processed (id) VALUES ($1) ON CONFLICT DO NOTHING", string(m.Data))
	if err != nil {
		return
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return
	}
	h.db.Exec("INSERT INTO shipments (id) VALUES ($1)", string(m.Data))
}

// processedUnchecked claims the message but does not look at the answer.
func (h *H) processedUnchecked(m *nats.Msg) {
	_, _ = h.db.Exec("INSERT INTO processed (id) VALUES ($1) ON CONFLICT DO NOTHING", string(m.Data))
	h.db.Exec("INSERT INTO parcels (id) VALUES ($1)", string(m.Data))
}

// setnxUnchecked claims the message in Redis and drops the answer.
func (h *H) setnxUnchecked(m *nats.Msg) {
	h.rdb.SetNX(context.Background(), "seen:"+string(m.Data), 1, 0)
	h.db.Exec("INSERT INTO tickets (id) VALUES ($1)", string(m.Data))
}

func (h *H) uniqueIsDone(m *nats.Msg) {
	_, err := h.db.Exec("INSERT INTO credits (id) VALUES ($1)", string(m.Data))
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "23505" {
		return
	}
}

func (h *H) claimLate(m *nats.Msg) {
	h.db.Exec("INSERT INTO late (id) VALUES ($1)", string(m.Data))
	h.rdb.SetNX(context.Background(), "late:"+string(m.Data), 1, 0)
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

// vouched writes an audit row the audit service dedupes by its id.
//
//boundcheck:idempotent audit rows are deduplicated downstream by id
func (h *H) vouched(m *nats.Msg) {
	h.db.Exec("INSERT INTO audit (id) VALUES ($1)", string(m.Data))
}

func (h *H) record(m *nats.Msg) {
	h.db.Exec("INSERT INTO events (id) VALUES ($1)", string(m.Data))
}

// unexplained has a directive without a reason, which does not count.
//
//boundcheck:idempotent
func (h *H) unexplained(m *nats.Msg) {
	h.db.Exec("INSERT INTO notes (id) VALUES ($1)", string(m.Data))
}

// inboxFirst reads its inbox before it pays, and records the message.
func (h *H) inboxFirst(m *nats.Msg) {
	var seen bool
	h.db.QueryRow("SELECT true FROM inbox WHERE id = $1", string(m.Data)).Scan(&seen)
	if seen {
		return
	}
	h.db.Exec("INSERT INTO payouts (id) VALUES ($1)", string(m.Data))
	h.db.Exec("INSERT INTO inbox (id) VALUES ($1)", string(m.Data))
}

// inboxLate pays before it reads its inbox: too late.
func (h *H) inboxLate(m *nats.Msg) {
	h.db.Exec("INSERT INTO bonuses (id) VALUES ($1)", string(m.Data))
	var seen bool
	h.db.QueryRow("SELECT true FROM inbox WHERE id = $1", string(m.Data)).Scan(&seen)
	if !seen {
		h.db.Exec("INSERT INTO inbox (id) VALUES ($1)", string(m.Data))
	}
}

// claimByUnique records the message; a unique violation means it was
// seen, and the publish after the test is not made again.
func (h *H) claimByUnique(m *nats.Msg) {
	_, err := h.db.Exec("INSERT INTO seen (id) VALUES ($1)", string(m.Data))
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "23505" {
		return
	}
	h.nc.Publish("transfers.done", m.Data)
}

// setnxErrOnly looks at the claim's error and drops its answer.
func (h *H) setnxErrOnly(m *nats.Msg) {
	if err := h.rdb.SetNX(context.Background(), "seen:"+string(m.Data), 1, 0).Err(); err != nil {
		return
	}
	h.db.Exec("INSERT INTO passes (id) VALUES ($1)", string(m.Data))
}
