// Package domain holds the orders service's business rules: what a valid
// order is, its states and its total. It belongs to the orders service alone.
package domain

import (
	"errors"
	"fmt"
	"time"
)

// Status is the lifecycle state of an order.
type Status string

const (
	StatusPending   Status = "pending"
	StatusPlaced    Status = "placed"
	StatusFailed    Status = "failed"
	StatusCancelled Status = "cancelled"
)

const (
	// MaxLines is the most distinct SKUs one order may hold.
	MaxLines = 50
	// MaxQuantity is the most units of one SKU one order may hold.
	MaxQuantity = 100
)

var (
	ErrNoLines       = errors.New("order has no items")
	ErrTooManyLines  = fmt.Errorf("order has more than %d items", MaxLines)
	ErrNoCustomer    = errors.New("order has no customer")
	ErrBadCurrency   = errors.New("currency must be a 3-letter ISO 4217 code")
	ErrDuplicateLine = errors.New("order lists a SKU twice")
)

// Line is one SKU of an order.
type Line struct {
	SKU            string
	Quantity       int
	UnitPriceCents int64
}

// Order is an order as the orders service stores it.
type Order struct {
	ID            string
	CustomerID    string
	CustomerEmail string
	Currency      string
	Status        Status
	Lines         []Line
	CreatedAt     time.Time
}

// ValidateLines checks the lines of an order: at least one, at most MaxLines,
// each SKU once, quantities in 1..MaxQuantity and non-negative prices.
func ValidateLines(lines []Line) error {
	if len(lines) == 0 {
		return ErrNoLines
	}
	if len(lines) > MaxLines {
		return ErrTooManyLines
	}
	seen := make(map[string]bool, len(lines))
	for _, l := range lines {
		switch {
		case l.SKU == "":
			return errors.New("item has no SKU")
		case seen[l.SKU]:
			return fmt.Errorf("%w: %s", ErrDuplicateLine, l.SKU)
		case l.Quantity < 1 || l.Quantity > MaxQuantity:
			return fmt.Errorf("item %s: quantity must be between 1 and %d", l.SKU, MaxQuantity)
		case l.UnitPriceCents < 0:
			return fmt.Errorf("item %s: negative price", l.SKU)
		}
		seen[l.SKU] = true
	}
	return nil
}

// NewOrder validates its arguments and returns a pending order.
func NewOrder(id, customerID, email, currency string, lines []Line, now time.Time) (Order, error) {
	if customerID == "" || email == "" {
		return Order{}, ErrNoCustomer
	}
	if len(currency) != 3 {
		return Order{}, ErrBadCurrency
	}
	if err := ValidateLines(lines); err != nil {
		return Order{}, err
	}
	return Order{
		ID:            id,
		CustomerID:    customerID,
		CustomerEmail: email,
		Currency:      currency,
		Status:        StatusPending,
		Lines:         lines,
		CreatedAt:     now.UTC(),
	}, nil
}

// Total is the order's amount in cents.
func (o Order) Total() int64 {
	var total int64
	for _, l := range o.Lines {
		total += int64(l.Quantity) * l.UnitPriceCents
	}
	return total
}
