// Package store persists charges in the charges table, which belongs to the
// payments service.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"example.com/shop/services/payments/api"
)

// ErrNotFound is returned when an order has no charge.
var ErrNotFound = errors.New("charge not found")

// Store reads and writes charges.
type Store struct {
	db *sql.DB
}

// New returns a Store backed by db.
func New(db *sql.DB) *Store {
	return &Store{db: db}
}

// Create inserts c unless its order already has a charge. It returns the
// order's charge, and whether this call created it.
func (s *Store) Create(ctx context.Context, c api.Charge) (api.Charge, bool, error) {
	res, err := s.db.ExecContext(ctx,
		`INSERT INTO charges (id, order_id, customer_id, amount_cents, currency, status, created_at)
		 VALUES ($1, $2, $3, $4, $5, $6, $7)
		 ON CONFLICT (order_id) DO NOTHING`,
		c.ID, c.OrderID, c.CustomerID, c.AmountCents, c.Currency, c.Status, c.CreatedAt)
	if err != nil {
		return api.Charge{}, false, fmt.Errorf("insert charge for order %s: %w", c.OrderID, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return api.Charge{}, false, err
	}
	stored, err := s.ByOrder(ctx, c.OrderID)
	return stored, n == 1, err
}

// ByOrder returns the charge of orderID.
func (s *Store) ByOrder(ctx context.Context, orderID string) (api.Charge, error) {
	var c api.Charge
	err := s.db.QueryRowContext(ctx,
		`SELECT id, order_id, customer_id, status, amount_cents, currency, created_at FROM charges WHERE order_id = $1`,
		orderID).
		Scan(&c.ID, &c.OrderID, &c.CustomerID, &c.Status, &c.AmountCents, &c.Currency, &c.CreatedAt)
	if errors.Is(err, sql.ErrNoRows) {
		return c, ErrNotFound
	}
	if err != nil {
		return c, fmt.Errorf("select charge for order %s: %w", orderID, err)
	}
	return c, nil
}

// SetStatus moves charge id to status.
func (s *Store) SetStatus(ctx context.Context, id, status string) error {
	if _, err := s.db.ExecContext(ctx,
		`UPDATE charges SET status = $2, updated_at = now() WHERE id = $1`, id, status); err != nil {
		return fmt.Errorf("update charge %s: %w", id, err)
	}
	return nil
}

// VoidStale voids the charges left authorized for longer than maxAge, the
// ones whose order never completed. It returns how many it voided.
func (s *Store) VoidStale(ctx context.Context, maxAge time.Duration) (int64, error) {
	res, err := s.db.ExecContext(ctx,
		`UPDATE charges SET status = $1, updated_at = now()
		 WHERE status = $2 AND created_at < now() - $3::interval`,
		api.StatusVoided, api.StatusAuthorized, maxAge.String())
	if err != nil {
		return 0, fmt.Errorf("void stale charges: %w", err)
	}
	return res.RowsAffected()
}

// CountAuthorized returns how many charges wait for capture.
func (s *Store) CountAuthorized(ctx context.Context) (int64, error) {
	var n int64
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM charges WHERE status = $1`, api.StatusAuthorized).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("count authorized charges: %w", err)
	}
	return n, nil
}
