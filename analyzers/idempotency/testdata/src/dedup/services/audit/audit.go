// Package audit adds watermill's Deduplicator with a shared store: the
// router drops a message seen before (clean).
package audit

import (
	"context"
	"database/sql"

	"github.com/ThreeDotsLabs/watermill/message"
	"github.com/ThreeDotsLabs/watermill/message/router/middleware"
)

// seen is a key store shared by the service's instances.
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
	db, _ := sql.Open("postgres", "postgres://audit@db:5432/audit")
	d := &middleware.Deduplicator{Repository: seen{db}, KeyFactory: middleware.NewMessageHasherFromMetadataField("event_id")}
	r, _ := message.NewRouter(message.RouterConfig{}, nil)
	r.AddMiddleware(d.Middleware)
	var sub message.Subscriber
	r.AddNoPublisherHandler("record", "logins", sub, func(m *message.Message) error {
		_, err := db.Exec("INSERT INTO logins (id) VALUES ($1)", m.UUID)
		return err
	})
}
