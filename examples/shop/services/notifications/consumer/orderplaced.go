package consumer

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"

	"github.com/segmentio/kafka-go"

	"example.com/shop/pkg/msg"
	"example.com/shop/services/notifications/mail"
	ordersapi "example.com/shop/services/orders/api"
)

// OrderPlaced emails an order confirmation for every order-placed event.
type OrderPlaced struct {
	reader *kafka.Reader
	db     *sql.DB
	mail   *mail.Client
	log    *slog.Logger
}

// NewOrderPlaced returns a consumer of the order-placed topic.
func NewOrderPlaced(brokers []string, db *sql.DB, m *mail.Client, logger *slog.Logger) *OrderPlaced {
	return &OrderPlaced{
		reader: kafka.NewReader(kafka.ReaderConfig{
			Brokers:          brokers,
			GroupID:          groupID,
			Topic:            ordersapi.TopicOrderPlaced,
			Dialer:           &kafka.Dialer{Timeout: dialTimeout},
			MaxWait:          pollWindow / 3,
			ReadBatchTimeout: pollWindow / 3,
			StartOffset:      kafka.FirstOffset,
		}),
		db:   db,
		mail: m,
		log:  logger.With("topic", ordersapi.TopicOrderPlaced),
	}
}

// Run consumes until ctx is done.
func (c *OrderPlaced) Run(ctx context.Context) error {
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
			return fmt.Errorf("fetch %s: %w", ordersapi.TopicOrderPlaced, err)
		}

		if err := c.handle(ctx, m); err != nil {
			return fmt.Errorf("handle %s message %s: %w", ordersapi.TopicOrderPlaced, msg.ID(m), err)
		}

		commitCtx, cancel := context.WithTimeout(ctx, commitTimeout)
		err = c.reader.CommitMessages(commitCtx, m)
		cancel()
		if err != nil {
			return fmt.Errorf("commit %s offset %d: %w", ordersapi.TopicOrderPlaced, m.Offset, err)
		}
	}
}

// handle records the confirmation under the message's id and sends it, in one
// transaction: a redelivered message finds its id recorded and sends nothing.
func (c *OrderPlaced) handle(ctx context.Context, m kafka.Message) error {
	var ev ordersapi.OrderPlaced
	if err := json.Unmarshal(m.Value, &ev); err != nil {
		c.log.Warn("skip malformed message", "offset", m.Offset, "err", err)
		return nil
	}
	id := msg.ID(m)

	ctx, cancel := context.WithTimeout(ctx, handleTimeout)
	defer cancel()

	tx, err := c.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer tx.Rollback()

	// CLEAN(idempotency): ON CONFLICT (message_id) DO NOTHING makes a redelivered message a no-op, and the email below is sent only for its first copy.
	res, err := tx.ExecContext(ctx, `INSERT INTO notifications (message_id, order_id, kind, recipient) VALUES ($1, $2, 'order-confirmation', $3) ON CONFLICT (message_id) DO NOTHING`, id, ev.OrderID, ev.CustomerEmail)
	if err != nil {
		return fmt.Errorf("record notification for order %s: %w", ev.OrderID, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return err
	}
	if n == 0 {
		c.log.Info("skip duplicate message", "message_id", id, "order_id", ev.OrderID)
		return nil
	}

	subject := fmt.Sprintf("Your order %s is confirmed", ev.OrderID)
	text := fmt.Sprintf("Thank you for your order. We charged %d.%02d %s and will let you know when it ships.",
		ev.TotalCents/100, ev.TotalCents%100, ev.Currency)
	if err := c.mail.Send(ctx, ev.CustomerEmail, subject, text); err != nil {
		// Rolling back forgets the id, so the redelivered message tries again.
		return err
	}
	return tx.Commit()
}
