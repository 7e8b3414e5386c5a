// Package events adds watermill's Deduplicator with its default store,
// the process' memory: it does not guard (reported, saying why).
package events

import (
	"database/sql"

	"github.com/ThreeDotsLabs/watermill/message"
	"github.com/ThreeDotsLabs/watermill/message/router/middleware"
)

func Run() {
	db, _ := sql.Open("postgres", "postgres://events@db:5432/events")
	r, _ := message.NewRouter(message.RouterConfig{}, nil)
	r.AddMiddleware((&middleware.Deduplicator{}).Middleware)
	var sub message.Subscriber
	r.AddNoPublisherHandler("count", "clicks", sub, func(m *message.Message) error { // want `events consumes watermill:clicks and, on every delivery, write table clicks .*its deduplicator does not guard: it keeps the keys in the process' memory`
		_, err := db.Exec("INSERT INTO clicks (id) VALUES ($1)", m.UUID)
		return err
	})
}
