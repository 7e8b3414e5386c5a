// Package api is the contract of the orders service: its HTTP request and
// response types, its events, and a typed client. Other services import this
// package, never the rest of services/orders.
package api

import "time"

// Item is one line of an order.
type Item struct {
	SKU            string `json:"sku"`
	Quantity       int    `json:"quantity"`
	UnitPriceCents int64  `json:"unit_price_cents"`
}

// PlaceOrderRequest is the body of POST /orders.
type PlaceOrderRequest struct {
	CustomerID    string `json:"customer_id"`
	CustomerEmail string `json:"customer_email"`
	Currency      string `json:"currency"`
	Items         []Item `json:"items"`
}

// Order is the representation returned by POST /orders and GET /orders/{id}.
type Order struct {
	ID            string    `json:"id"`
	CustomerID    string    `json:"customer_id"`
	Status        string    `json:"status"`
	TotalCents    int64     `json:"total_cents"`
	Currency      string    `json:"currency"`
	Items         []Item    `json:"items"`
	PaymentStatus string    `json:"payment_status,omitempty"`
	CreatedAt     time.Time `json:"created_at"`
}
