// Package store persists orders in the orders and order_items tables, which
// belong to the orders service.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"example.com/shop/services/orders/domain"
)

// ErrNotFound is returned when no order has the requested id.
var ErrNotFound = errors.New("order not found")

// Store reads and writes orders.
type Store struct {
	db *sql.DB
}

// New returns a Store backed by db.
func New(db *sql.DB) *Store {
	return &Store{db: db}
}

// Create inserts o and its lines in one transaction.
func (s *Store) Create(ctx context.Context, o domain.Order) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer tx.Rollback()

	_, err = tx.ExecContext(ctx,
		`INSERT INTO orders (id, customer_id, customer_email, currency, status, total_cents, created_at)
		 VALUES ($1, $2, $3, $4, $5, $6, $7)`,
		o.ID, o.CustomerID, o.CustomerEmail, o.Currency, string(o.Status), o.Total(), o.CreatedAt)
	if err != nil {
		return fmt.Errorf("insert order %s: %w", o.ID, err)
	}
	for _, l := range o.Lines {
		_, err = tx.ExecContext(ctx,
			`INSERT INTO order_items (order_id, sku, quantity, unit_price_cents) VALUES ($1, $2, $3, $4)`,
			o.ID, l.SKU, l.Quantity, l.UnitPriceCents)
		if err != nil {
			return fmt.Errorf("insert item %s of order %s: %w", l.SKU, o.ID, err)
		}
	}
	return tx.Commit()
}

// SetStatus moves order id to status st.
func (s *Store) SetStatus(ctx context.Context, id string, st domain.Status) error {
	res, err := s.db.ExecContext(ctx,
		`UPDATE orders SET status = $2, updated_at = now() WHERE id = $1`, id, string(st))
	if err != nil {
		return fmt.Errorf("update order %s: %w", id, err)
	}
	if n, err := res.RowsAffected(); err == nil && n == 0 {
		return ErrNotFound
	}
	return nil
}

// Get returns order id with its lines.
func (s *Store) Get(ctx context.Context, id string) (domain.Order, error) {
	var (
		o      domain.Order
		status string
	)
	err := s.db.QueryRowContext(ctx,
		`SELECT id, customer_id, customer_email, currency, status, created_at FROM orders WHERE id = $1`, id).
		Scan(&o.ID, &o.CustomerID, &o.CustomerEmail, &o.Currency, &status, &o.CreatedAt)
	if errors.Is(err, sql.ErrNoRows) {
		return o, ErrNotFound
	}
	if err != nil {
		return o, fmt.Errorf("select order %s: %w", id, err)
	}
	o.Status = domain.Status(status)

	rows, err := s.db.QueryContext(ctx,
		`SELECT sku, quantity, unit_price_cents FROM order_items WHERE order_id = $1 ORDER BY sku`, id)
	if err != nil {
		return o, fmt.Errorf("select items of order %s: %w", id, err)
	}
	defer rows.Close()
	for rows.Next() {
		var l domain.Line
		if err := rows.Scan(&l.SKU, &l.Quantity, &l.UnitPriceCents); err != nil {
			return o, fmt.Errorf("scan item of order %s: %w", id, err)
		}
		o.Lines = append(o.Lines, l)
	}
	return o, rows.Err()
}
