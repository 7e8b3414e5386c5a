// Package users is user-service's code, in a folder named unlike the
// service: no service owns it, and only user-service imports it.
package users

import (
	"net/http"

	"github.com/nats-io/nats.go"
)

// Producer publishes events under a key.
type Producer interface {
	Produce(key string, data []byte)
}

type natsProducer struct{ nc *nats.Conn }

// NewEvents returns Events on nc.
func NewEvents(nc *nats.Conn) *Events { return &Events{nc: nc} }

// NewProducer returns a Producer that publishes on nc.
func NewProducer(nc *nats.Conn) Producer { return &natsProducer{nc: nc} }

func (p *natsProducer) Produce(key string, data []byte) {
	p.nc.Publish(key, data)
}

// Events publishes under "users." and a kind.
type Events struct{ nc *nats.Conn }

// Push publishes body as an event of kind.
func (e *Events) Push(body []byte, kind string) {
	e.nc.Publish("users."+kind, body)
}

// Serve serves the users' routes, publishing on each registration and
// deletion.
func Serve(p Producer, e *Events) {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /users/{id}", func(w http.ResponseWriter, r *http.Request) {})
	mux.HandleFunc("POST /users", func(w http.ResponseWriter, r *http.Request) {
		p.Produce("USER_REGISTERED", nil)
	})
	mux.HandleFunc("DELETE /users/{id}", func(w http.ResponseWriter, r *http.Request) {
		e.Push(nil, "deleted")
	})
	http.ListenAndServe(":8080", mux)
}
