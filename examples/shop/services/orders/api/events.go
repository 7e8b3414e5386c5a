package api

import "time"

// TopicOrderPlaced is the Kafka topic orders publishes to once an order is paid for and reserved.
const TopicOrderPlaced = "order-placed"

// OrderPlaced is the value of a message on TopicOrderPlaced, keyed by order id.
type OrderPlaced struct {
	EventID       string    `json:"event_id"`
	OrderID       string    `json:"order_id"`
	CustomerID    string    `json:"customer_id"`
	CustomerEmail string    `json:"customer_email"`
	TotalCents    int64     `json:"total_cents"`
	Currency      string    `json:"currency"`
	PlacedAt      time.Time `json:"placed_at"`
}
