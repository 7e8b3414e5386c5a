// Command gateway answers HTTP by asking other services over NATS
// request/reply, and publishes order events to a JetStream stream.
package main

import (
	"context"
	"fmt"
	"net/http"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

var nc *nats.Conn

func quote(w http.ResponseWriter, r *http.Request) {
	nc.Request("quote.get", nil, 2*time.Second)
}

func reserve(w http.ResponseWriter, r *http.Request) {
	// The warehouse comes from the request: one service answers any.
	nc.Request(fmt.Sprintf("stock.reserve.%s", r.URL.Query().Get("wh")), nil, time.Second)
}

func audit(w http.ResponseWriter, r *http.Request) {
	// Two services answer audit subjects: which one this reaches cannot be told.
	nc.Request("audit."+r.URL.Query().Get("kind"), nil, time.Second)
}

func nobody(w http.ResponseWriter, r *http.Request) {
	nc.Request("ledger.get", nil, time.Second)
}

func main() {
	nc, _ = nats.Connect("nats://nats:4222")
	js, _ := jetstream.New(nc)
	js.Publish(context.Background(), "orders.created", nil)
	http.HandleFunc("/quote", quote)
	http.HandleFunc("/reserve", reserve)
	http.HandleFunc("/audit", audit)
	http.HandleFunc("/ledger", nobody)
	http.ListenAndServe(":8080", nil)
}
