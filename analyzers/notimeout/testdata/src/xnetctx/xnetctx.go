// Package xnetctx uses golang.org/x/net/context, the pre-1.7 package, and
// handles Kafka messages in a sarama consumer group session.
package xnetctx

import (
	"database/sql"
	"net/http"
	"time"

	"github.com/IBM/sarama"
	"golang.org/x/net/context"
)

var client = &http.Client{}

func Fetch() {
	req, _ := http.NewRequestWithContext(context.Background(), "GET", "http://catalog/items", nil)
	client.Do(req) // want `\(\*http.Client\).Do uses a client without Timeout and context.Background\(\), which has no deadline`
}

func FetchBounded() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "GET", "http://catalog/items", nil)
	client.Do(req)
}

type handler struct{ db *sql.DB }

func (handler) Setup(sarama.ConsumerGroupSession) error   { return nil }
func (handler) Cleanup(sarama.ConsumerGroupSession) error { return nil }

func (h handler) ConsumeClaim(s sarama.ConsumerGroupSession, c sarama.ConsumerGroupClaim) error {
	for msg := range c.Messages() {
		h.db.ExecContext(s.Context(), "INSERT INTO seen VALUES ($1)", msg.Offset) // want `\(\*sql.DB\).ExecContext uses the consumer group session's context, which has no deadline`
		ctx, cancel := context.WithTimeout(s.Context(), time.Second)
		h.db.ExecContext(ctx, "INSERT INTO seen VALUES ($1)", msg.Offset)
		cancel()
		s.MarkMessage(msg, "")
	}
	return nil
}
