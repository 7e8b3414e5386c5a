// Package api is the contract of the payments service: its HTTP request and
// response types, its events, and a typed client.
package api

import "time"

// Charge states.
const (
	StatusAuthorized = "authorized"
	StatusCaptured   = "captured"
	StatusVoided     = "voided"
	StatusDeclined   = "declined"
)

// Item is a SKU and quantity the charge pays for; payments reserves them before capturing.
type Item struct {
	SKU      string `json:"sku"`
	Quantity int    `json:"quantity"`
}

// ChargeRequest is the body of POST /charges. A charge is unique per order:
// repeating the request for the same order returns the existing charge.
type ChargeRequest struct {
	OrderID     string `json:"order_id"`
	CustomerID  string `json:"customer_id"`
	AmountCents int64  `json:"amount_cents"`
	Currency    string `json:"currency"`
	Items       []Item `json:"items"`
}

// Charge is the representation returned by POST /charges and GET /charges/{orderID}.
type Charge struct {
	ID          string    `json:"id"`
	OrderID     string    `json:"order_id"`
	CustomerID  string    `json:"customer_id"`
	Status      string    `json:"status"`
	AmountCents int64     `json:"amount_cents"`
	Currency    string    `json:"currency"`
	CreatedAt   time.Time `json:"created_at"`
}
