package notifier

import (
	"encoding/json"
	"log"

	"github.com/nats-io/nats.go"
)

// subjectPayments matches every payment event (payments.settled, ...).
const subjectPayments = "payments.*"

// payment is the part of a payment event the notifier reads.
type payment struct {
	PaymentID  string `json:"payment_id"`
	OrderID    string `json:"order_id"`
	CustomerID string `json:"customer_id"`
}

// SubscribePayments logs a receipt for each payment event; the replicas
// share the "notifier" queue group, so each event is handled once.
func SubscribePayments(nc *nats.Conn) (*nats.Subscription, error) {
	return nc.QueueSubscribe(subjectPayments, "notifier", func(msg *nats.Msg) {
		var p payment
		if err := json.Unmarshal(msg.Data, &p); err != nil {
			log.Printf("%s: %v", msg.Subject, err)
			return
		}
		log.Printf("receipt to customer %s: %s for order %s (%s)", p.CustomerID, p.PaymentID, p.OrderID, msg.Subject)
	})
}
