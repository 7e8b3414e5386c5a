// Package orders takes orders: it charges the customer through payments and
// announces each new order on Kafka.
package orders

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"log"
	"net/http"
	"sync"
	"time"

	paymentsv1 "example.com/system/api/payments/v1"
)

// Order is an order as the API and the orders.created event show it.
type Order struct {
	ID          string    `json:"id"`
	CustomerID  string    `json:"customer_id"`
	SKU         string    `json:"sku"`
	AmountCents int64     `json:"amount_cents"`
	Currency    string    `json:"currency"`
	PaymentID   string    `json:"payment_id,omitempty"`
	Status      string    `json:"status"`
	WebhookURL  string    `json:"webhook_url,omitempty"`
	CreatedAt   time.Time `json:"created_at"`
}

// Store keeps the orders in memory.
type Store struct {
	mu     sync.RWMutex
	orders map[string]Order
}

// NewStore returns an empty store.
func NewStore() *Store { return &Store{orders: make(map[string]Order)} }

func (s *Store) put(o Order) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.orders[o.ID] = o
}

func (s *Store) get(id string) (Order, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	o, ok := s.orders[id]
	return o, ok
}

func (s *Store) pending() []string {
	s.mu.RLock()
	defer s.mu.RUnlock()
	var ids []string
	for id, o := range s.orders {
		if o.Status == "pending" {
			ids = append(ids, id)
		}
	}
	return ids
}

// Server is the orders HTTP API.
type Server struct {
	payments paymentsv1.PaymentsClient
	events   *Events
	store    *Store
}

// NewServer returns the API.
func NewServer(payments paymentsv1.PaymentsClient, events *Events, store *Store) *Server {
	return &Server{payments: payments, events: events, store: store}
}

// Routes returns the API's routes.
func (s *Server) Routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /orders", s.createOrder)
	mux.HandleFunc("GET /orders/{id}", s.getOrder)
	return mux
}

func (s *Server) createOrder(w http.ResponseWriter, r *http.Request) {
	var o Order
	if err := json.NewDecoder(r.Body).Decode(&o); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	o.ID = rand.Text()
	o.Status = "pending"
	o.CreatedAt = time.Now().UTC()
	s.store.put(o)

	ctx, cancel := context.WithTimeout(r.Context(), 3*time.Second)
	defer cancel()
	charge, err := s.payments.Charge(ctx, &paymentsv1.ChargeRequest{
		OrderId:     o.ID,
		CustomerId:  o.CustomerID,
		AmountCents: o.AmountCents,
		Currency:    o.Currency,
	})
	if err != nil {
		log.Printf("charge order %s: %v", o.ID, err)
		http.Error(w, "payment failed", http.StatusPaymentRequired)
		return
	}
	o.PaymentID = charge.GetPaymentId()
	o.Status = "paid"
	s.store.put(o)

	if err := s.events.OrderCreated(ctx, o); err != nil {
		log.Printf("announce order %s: %v", o.ID, err)
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(o)
}

func (s *Server) getOrder(w http.ResponseWriter, r *http.Request) {
	o, ok := s.store.get(r.PathValue("id"))
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(o)
}
