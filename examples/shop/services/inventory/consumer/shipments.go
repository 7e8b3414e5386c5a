// Package consumer holds the inventory service's Kafka consumer: when a
// payment is captured, the reserved stock leaves the shelf.
//
// Kafka delivers at least once: a message is committed only after it was
// handled, so a crash or a rebalance redelivers it.
package consumer

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/segmentio/kafka-go"

	paymentsapi "example.com/shop/services/payments/api"
)

const (
	groupID       = "inventory"
	pollWindow    = 30 * time.Second
	handleTimeout = 10 * time.Second
	commitTimeout = 5 * time.Second
	dialTimeout   = 10 * time.Second
)

// Shipments takes an order's reserved stock off the shelf once its
// payment is captured.
type Shipments struct {
	reader *kafka.Reader
	db     *sql.DB
	log    *slog.Logger
}

// NewShipments returns a consumer of the payment-captured topic.
func NewShipments(brokers []string, db *sql.DB, logger *slog.Logger) *Shipments {
	return &Shipments{
		reader: kafka.NewReader(kafka.ReaderConfig{
			Brokers:          brokers,
			GroupID:          groupID,
			Topic:            paymentsapi.TopicPaymentCaptured,
			Dialer:           &kafka.Dialer{Timeout: dialTimeout},
			MaxWait:          pollWindow / 3,
			ReadBatchTimeout: pollWindow / 3,
			StartOffset:      kafka.FirstOffset,
		}),
		db:  db,
		log: logger.With("topic", paymentsapi.TopicPaymentCaptured),
	}
}

// Run consumes until ctx is done.
func (c *Shipments) Run(ctx context.Context) error {
	defer c.reader.Close()
	for {
		fetchCtx, cancel := context.WithTimeout(ctx, pollWindow)
		m, err := c.reader.FetchMessage(fetchCtx)
		cancel()
		switch {
		case ctx.Err() != nil:
			return nil
		case errors.Is(err, context.DeadlineExceeded):
			continue
		case err != nil:
			return fmt.Errorf("fetch %s: %w", paymentsapi.TopicPaymentCaptured, err)
		}
		if err := c.ship(ctx, m); err != nil {
			return fmt.Errorf("handle %s offset %d: %w", paymentsapi.TopicPaymentCaptured, m.Offset, err)
		}
		commitCtx, cancel := context.WithTimeout(ctx, commitTimeout)
		err = c.reader.CommitMessages(commitCtx, m)
		cancel()
		if err != nil {
			return fmt.Errorf("commit %s offset %d: %w", paymentsapi.TopicPaymentCaptured, m.Offset, err)
		}
	}
}

// ship takes the order's reservations off the stock on hand.
func (c *Shipments) ship(ctx context.Context, m kafka.Message) error {
	var ev paymentsapi.PaymentCaptured
	if err := json.Unmarshal(m.Value, &ev); err != nil {
		c.log.Warn("skip malformed message", "offset", m.Offset, "err", err)
		return nil
	}
	ctx, cancel := context.WithTimeout(ctx, handleTimeout)
	defer cancel()

	// SMELL(idempotency): on_hand is lowered from its own value on every delivery; a redelivered payment-captured message takes the same order's stock off the shelf twice.
	_, err := c.db.ExecContext(ctx, `UPDATE stock SET on_hand = stock.on_hand - r.quantity FROM reservations r WHERE r.order_id = $1 AND r.sku = stock.sku`, ev.OrderID)
	if err != nil {
		return fmt.Errorf("ship order %s: %w", ev.OrderID, err)
	}
	return nil
}
