// Package svc publishes and consumes with handles its callers give.
package svc

import (
	"context"

	"github.com/segmentio/kafka-go"
)

type Service struct {
	w      *kafka.Writer
	Reader *kafka.Reader
	router *kafka.Writer
}

func New(w, router *kafka.Writer) *Service { // want New:"params #0"
	return &Service{w: w, router: router}
}

func (s *Service) Captured(ctx context.Context) error {
	return s.w.WriteMessages(ctx, kafka.Message{Value: []byte("{}")}) //@message("publish kafka {param msg_handles/svc.New#0}")
}

func (s *Service) Next(ctx context.Context) (kafka.Message, error) {
	return s.Reader.ReadMessage(ctx) //@message("consume kafka {Reader}")
}

// Refund's messages name their topic: the router's own is not needed.
func (s *Service) Refund(ctx context.Context) error {
	return s.router.WriteMessages(ctx, kafka.Message{Topic: "payments.refunded"}) //@message("publish kafka payments.refunded")
}
