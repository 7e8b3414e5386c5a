package callbacks

import (
	"context"
	"time"

	"callbacks/consumer"
)

// Handler posts each message on with its context: a sink.
type Handler struct{}

func (h *Handler) Handle(ctx context.Context, msg []byte) error { // want Handle:`sink\(0 ctx`
	return get(ctx, "http://ledger/"+string(msg))
}

func next() []byte { return nil }

func consume(h *Handler) {
	consumer.Start(next, h.Handle) // want `consumer.Start calling \(\*callbacks.Handler\).Handle is given context.Background\(\), which has no deadline \(consumer.go:\d+\); it reaches \(\*http.Client\).Do at callbacks.go:\d+`
}

func consumeWith(h *Handler) {
	consumer.StartWith(context.TODO(), next, h.Handle) // want `consumer.StartWith calling \(\*callbacks.Handler\).Handle is given context.TODO\(\), which has no deadline`
}

// consumeBounded gives each message its own deadline.
func consumeBounded(h *Handler) {
	consumer.StartWith(context.Background(), next, func(ctx context.Context, msg []byte) error {
		ctx, cancel := context.WithTimeout(ctx, time.Second)
		defer cancel()
		return h.Handle(ctx, msg)
	})
}
