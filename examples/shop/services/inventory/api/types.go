// Package api is the contract of the inventory service: its HTTP request and
// response types and a typed client.
package api

import "time"

// Item is a SKU and a quantity to reserve.
type Item struct {
	SKU      string `json:"sku"`
	Quantity int    `json:"quantity"`
}

// ReserveRequest is the body of POST /reservations. Reserving is idempotent
// per order: repeating the request for the same order reserves nothing more.
type ReserveRequest struct {
	OrderID string `json:"order_id"`
	Items   []Item `json:"items"`
}

// Reservation is the answer to POST /reservations.
type Reservation struct {
	OrderID    string    `json:"order_id"`
	Items      []Item    `json:"items"`
	ReservedAt time.Time `json:"reserved_at"`
}

// Stock is the answer to GET /stock/{sku}.
type Stock struct {
	SKU    string `json:"sku"`
	OnHand int    `json:"on_hand"`
}
