// Package orders publishes through handles its main makes and serves
// routes behind middleware.
package orders

import (
	"context"
	"fmt"
	"net/http"
	"os"

	"github.com/nats-io/nats.go"
	"github.com/segmentio/kafka-go"

	"topics/pkg/events"
	"topics/pkg/mw"
)

// Service keeps the writer main gives it.
type Service struct {
	writer *kafka.Writer
	nc     *nats.Conn
}

func New(w *kafka.Writer, nc *nats.Conn) *Service { return &Service{writer: w, nc: nc} }

func (s *Service) Captured(ctx context.Context) error {
	return s.writer.WriteMessages(ctx, kafka.Message{Value: []byte("{}")})
}

func (s *Service) Created() error {
	if err := s.nc.Publish(events.OrderCreated, nil); err != nil {
		return err
	}
	return s.nc.Publish(events.OrderPaid, nil)
}

// Lifecycle publishes one subject per state, and one named at run time.
func (s *Service) Lifecycle(state string) {
	for _, st := range []string{"shipped", "cancelled"} {
		_ = s.nc.Publish(fmt.Sprintf("orders.%s", st), nil)
	}
	_ = s.nc.Publish(fmt.Sprintf("orders.%s", state), nil)
	_ = s.nc.Publish("orders."+os.Args[1], nil)
}

// Routes registers handlers behind middleware.
func Routes(mux *http.ServeMux) {
	mux.Handle("/charge", auth(logged(http.HandlerFunc(charge))))
	mux.Handle("/health", health)
	mux.Handle("/audited", audit(http.HandlerFunc(stock)))
	mux.Handle("/denied", deny(http.HandlerFunc(refund)))
	mux.Handle("/verified", mw.Verify(http.HandlerFunc(stock)))
}

func charge(w http.ResponseWriter, r *http.Request) {
	http.Post("http://billing:8080/charges", "application/json", nil)
}

func stock(w http.ResponseWriter, r *http.Request) {
	http.Get("http://billing:8080/stock")
}

func refund(w http.ResponseWriter, r *http.Request) {
	http.Post("http://billing:8080/refunds", "application/json", nil)
}

var health = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
	http.Get("http://billing:8080/healthz")
})

func auth(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") == "" {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func logged(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { next.ServeHTTP(w, r) })
}

// audit calls out itself, for every route it wraps.
func audit(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Post("http://billing:8080/audit", "application/json", nil)
		next.ServeHTTP(w, r)
	})
}

// deny never calls the handler it is given.
func deny(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusForbidden)
	})
}
