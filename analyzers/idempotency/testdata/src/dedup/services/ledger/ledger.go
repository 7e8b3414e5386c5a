// Package ledger sets its Deduplicator's shared store after making it:
// the router drops a message seen before (clean).
package ledger

import (
	"context"
	"database/sql"

	"github.com/ThreeDotsLabs/watermill/message"
	"github.com/ThreeDotsLabs/watermill/message/router/middleware"
)

type seen struct{ db *sql.DB }

func (s seen) IsDuplicate(ctx context.Context, key string) (bool, error) {
	res, err := s.db.ExecContext(ctx, "INSERT INTO seen (key) VALUES ($1) ON CONFLICT DO NOTHING", key)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 0, err
}

func Run() {
	db, _ := sql.Open("postgres", "postgres://ledger@db:5432/ledger")
	d := middleware.Deduplicator{}
	d.Repository = seen{db}
	r, _ := message.NewRouter(message.RouterConfig{}, nil)
	r.AddMiddleware(d.Middleware)
	var sub message.Subscriber
	r.AddNoPublisherHandler("post", "entries", sub, func(m *message.Message) error {
		_, err := db.Exec("INSERT INTO entries (id) VALUES ($1)", m.UUID)
		return err
	})
}
