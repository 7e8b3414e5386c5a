package api

import "time"

// TopicPaymentCaptured is the Kafka topic payments publishes to when a charge is captured.
const TopicPaymentCaptured = "payment-captured"

// PaymentCaptured is the value of a message on TopicPaymentCaptured, keyed by order id.
type PaymentCaptured struct {
	EventID     string    `json:"event_id"`
	ChargeID    string    `json:"charge_id"`
	OrderID     string    `json:"order_id"`
	CustomerID  string    `json:"customer_id"`
	AmountCents int64     `json:"amount_cents"`
	Currency    string    `json:"currency"`
	CapturedAt  time.Time `json:"captured_at"`
}
