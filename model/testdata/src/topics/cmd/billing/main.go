package main

import (
	"context"
	"net/http"

	"github.com/nats-io/nats.go"

	"topics/pkg/kafkax"
	"topics/pkg/mw"
	"topics/services/billing"
)

func main() {
	nc, _ := nats.Connect("nats://nats:4222")
	c := billing.NewConsumer(kafkax.NewReader("payments.captured", "billing"), nc)
	c.Subscribe()
	go c.Run(context.Background())
	mux := http.NewServeMux()
	ok := func(w http.ResponseWriter, r *http.Request) {}
	mux.HandleFunc("/charges", ok)
	mux.HandleFunc("/stock", ok)
	mux.HandleFunc("/refunds", ok)
	mux.HandleFunc("/healthz", ok)
	mux.HandleFunc("/audit", ok)
	mux.HandleFunc("/verify", ok)
	http.ListenAndServe(":8080", mw.Logged(mux))
}
