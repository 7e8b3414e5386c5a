// Package store keeps stock levels and reservations in the stock and
// reservations tables of inventory_db, which belongs to the inventory service.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"example.com/shop/services/inventory/api"
)

var (
	// ErrOutOfStock is returned when an item cannot be reserved.
	ErrOutOfStock = errors.New("out of stock")
	// ErrNotFound is returned for an unknown SKU or order.
	ErrNotFound = errors.New("not found")
)

// Level is the stock of one SKU after a reservation.
type Level struct {
	SKU       string
	OnHand    int
	Threshold int
}

// Store reads and writes stock.
type Store struct {
	db       *sql.DB // inventory_db
	ordersDB *sql.DB // a read-only connection to orders_db
}

// New returns a Store backed by db, that looks order statuses up in ordersDB.
func New(db, ordersDB *sql.DB) *Store {
	return &Store{db: db, ordersDB: ordersDB}
}

// OrderStatus returns the status of order id, so that stock is never reserved
// for an order that was cancelled in the meantime.
func (s *Store) OrderStatus(ctx context.Context, id string) (string, error) {
	var status string
	// SMELL(shareddb): inventory queries the orders table of orders_db, which the orders service owns (orders/store writes it), instead of asking orders' API.
	err := s.ordersDB.QueryRowContext(ctx, `SELECT status FROM orders WHERE id = $1`, id).Scan(&status)
	if errors.Is(err, sql.ErrNoRows) {
		return "", ErrNotFound
	}
	if err != nil {
		return "", fmt.Errorf("select status of order %s: %w", id, err)
	}
	return status, nil
}

// OnHand returns the units of sku in stock.
func (s *Store) OnHand(ctx context.Context, sku string) (int, error) {
	var n int
	// CLEAN(shareddb): stock is a table of inventory's own database; no other service queries it.
	err := s.db.QueryRowContext(ctx, `SELECT on_hand FROM stock WHERE sku = $1`, sku).Scan(&n)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, ErrNotFound
	}
	if err != nil {
		return 0, fmt.Errorf("select stock of %s: %w", sku, err)
	}
	return n, nil
}

// Reserve takes items out of stock for orderID in one transaction and returns
// the new levels of the SKUs it touched. Items the order already reserved are
// skipped, so a retried reservation takes nothing twice.
func (s *Store) Reserve(ctx context.Context, orderID string, items []api.Item) ([]Level, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("begin: %w", err)
	}
	defer tx.Rollback()

	var levels []Level
	for _, it := range items {
		res, err := tx.ExecContext(ctx,
			`INSERT INTO reservations (order_id, sku, quantity) VALUES ($1, $2, $3)
			 ON CONFLICT (order_id, sku) DO NOTHING`,
			orderID, it.SKU, it.Quantity)
		if err != nil {
			return nil, fmt.Errorf("insert reservation of %s: %w", it.SKU, err)
		}
		if n, err := res.RowsAffected(); err != nil || n == 0 {
			continue
		}

		lvl := Level{SKU: it.SKU}
		err = tx.QueryRowContext(ctx,
			`UPDATE stock SET on_hand = on_hand - $2
			 WHERE sku = $1 AND on_hand >= $2
			 RETURNING on_hand, low_stock_threshold`,
			it.SKU, it.Quantity).Scan(&lvl.OnHand, &lvl.Threshold)
		if errors.Is(err, sql.ErrNoRows) {
			return nil, fmt.Errorf("%w: %s", ErrOutOfStock, it.SKU)
		}
		if err != nil {
			return nil, fmt.Errorf("decrement stock of %s: %w", it.SKU, err)
		}
		levels = append(levels, lvl)
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("commit reservation of order %s: %w", orderID, err)
	}
	return levels, nil
}
