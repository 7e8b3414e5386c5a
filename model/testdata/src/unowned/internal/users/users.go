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

// NewProducer returns a Producer that publishes on nc.
func NewProducer(nc *nats.Conn) Producer { return &natsProducer{nc: nc} }

func (p *natsProducer) Produce(key string, data []byte) {
	p.nc.Publish(key, data)
}

// Serve serves the users' routes, publishing on each registration.
func Serve(p Producer) {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /users/{id}", func(w http.ResponseWriter, r *http.Request) {})
	mux.HandleFunc("POST /users", func(w http.ResponseWriter, r *http.Request) {
		p.Produce("USER_REGISTERED", nil)
	})
	http.ListenAndServe(":8080", mux)
}
