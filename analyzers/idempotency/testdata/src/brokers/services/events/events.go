// Package events consumes through watermill's CQRS handlers, a
// confluent-kafka-go loop and the Dapr SDK: each that inserts with no
// guard is reported; its look-alike, which upserts, is not.
package events

import (
	"context"
	"database/sql"
	"time"

	"github.com/ThreeDotsLabs/watermill/components/cqrs"
	"github.com/confluentinc/confluent-kafka-go/v2/kafka"
	"github.com/dapr/go-sdk/service/common"
	daprd "github.com/dapr/go-sdk/service/http"
)

type OrderPlaced struct{ ID string }

type OrderPaid struct{ ID string }

type E struct{ db *sql.DB }

func (e *E) onPlaced(ctx context.Context, ev *OrderPlaced) error {
	_, err := e.db.ExecContext(ctx, "INSERT INTO placed (id) VALUES ($1)", ev.ID)
	return err
}

func (e *E) onPaid(ctx context.Context, ev *OrderPaid) error {
	_, err := e.db.ExecContext(ctx, "INSERT INTO paid (id) VALUES ($1) ON CONFLICT (id) DO NOTHING", ev.ID)
	return err
}

func (e *E) onDapr(ctx context.Context, ev *common.TopicEvent) (bool, error) {
	_, err := e.db.ExecContext(ctx, "INSERT INTO dapr_events (id) VALUES ($1)", ev.ID)
	return false, err
}

func Run() {
	db, _ := sql.Open("postgres", "postgres://events@db:5432/events")
	e := &E{db: db}
	var ep *cqrs.EventProcessor
	ep.AddHandlers(
		cqrs.NewEventHandler("OnPlaced", e.onPlaced), // want `events consumes watermill:events.OrderPlaced and, on every delivery, write table placed`
		cqrs.NewEventHandler("OnPaid", e.onPaid),     // an upsert: clean
	)
	s := daprd.NewService(":8080")
	s.AddTopicEventHandler(&common.Subscription{PubsubName: "pubsub", Topic: "orders"}, e.onDapr) // want `events consumes dapr:orders and, on every delivery, write table dapr_events`
}

func Confluent(c *kafka.Consumer, db *sql.DB) {
	if err := c.Subscribe("c.bad", nil); err != nil { // want `events consumes kafka:c.bad and, on every delivery, write table rows`
		return
	}
	for {
		m, err := c.ReadMessage(time.Second)
		if err != nil {
			continue
		}
		db.Exec("INSERT INTO rows (body) VALUES ($1)", m.Value)
	}
}
