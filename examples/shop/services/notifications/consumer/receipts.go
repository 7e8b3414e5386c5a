package consumer

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"

	"github.com/segmentio/kafka-go"

	paymentsapi "example.com/shop/services/payments/api"
)

// Receipts files a receipt, shown on the customer's account page, for every
// payment-captured event.
type Receipts struct {
	reader *kafka.Reader
	db     *sql.DB
	log    *slog.Logger
}

// NewReceipts returns a consumer of the payment-captured topic.
func NewReceipts(brokers []string, db *sql.DB, logger *slog.Logger) *Receipts {
	return &Receipts{
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
func (c *Receipts) Run(ctx context.Context) error {
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

		if err := c.handle(ctx, m); err != nil {
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

// handle files the receipt of one captured payment.
func (c *Receipts) handle(ctx context.Context, m kafka.Message) error {
	var ev paymentsapi.PaymentCaptured
	if err := json.Unmarshal(m.Value, &ev); err != nil {
		c.log.Warn("skip malformed message", "offset", m.Offset, "err", err)
		return nil
	}

	ctx, cancel := context.WithTimeout(ctx, handleTimeout)
	defer cancel()

	// SMELL(idempotency): every delivery inserts a new receipt; a redelivered payment-captured message (at-least-once) files a duplicate, since nothing checks its message id.
	_, err := c.db.ExecContext(ctx, `INSERT INTO receipts (charge_id, order_id, customer_id, amount_cents, currency, captured_at) VALUES ($1, $2, $3, $4, $5, $6)`, ev.ChargeID, ev.OrderID, ev.CustomerID, ev.AmountCents, ev.Currency, ev.CapturedAt)
	if err != nil {
		return fmt.Errorf("insert receipt for order %s: %w", ev.OrderID, err)
	}
	return nil
}
