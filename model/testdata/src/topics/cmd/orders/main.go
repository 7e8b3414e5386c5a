package main

import (
	"context"
	"net/http"

	"github.com/nats-io/nats.go"

	"topics/pkg/kafkax"
	"topics/services/orders"
)

func main() {
	nc, _ := nats.Connect("nats://nats:4222")
	s := orders.New(kafkax.NewWriter(), nc)
	_ = s.Captured(context.Background())
	_ = s.Created()
	s.Lifecycle("x")
	mux := http.NewServeMux()
	orders.Routes(mux)
	http.ListenAndServe(":8080", mux)
}
