// want package:"has sinks"

// Package generics covers generic clients and helpers: the checks follow
// them like any other code, and type parameters do not trip them.
package generics

import (
	"context"
	"database/sql"
	"encoding/json"
	"net/http"
	"time"
)

// Client decodes JSON of type T; its http.Client has no Timeout.
type Client[T any] struct{ hc *http.Client }

func New[T any]() *Client[T] { return &Client[T]{hc: &http.Client{}} }

func (c *Client[T]) Get(ctx context.Context, url string) (T, error) { // want Get:`sink\(0 ctx`
	var v T
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return v, err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return v, err
	}
	defer resp.Body.Close()
	return v, json.NewDecoder(resp.Body).Decode(&v)
}

func prices() {
	New[int]().Get(context.Background(), "http://prices/") // want `\(\*generics.Client\).Get is given context.Background\(\), which has no deadline`
}

func pricesBounded() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	New[int]().Get(ctx, "http://prices/")
}

// A generic helper over database/sql.
func first[T any](db *sql.DB, q string) (T, error) {
	var v T
	err := db.QueryRowContext(context.TODO(), q).Scan(&v) // want `\(\*sql.DB\).QueryRowContext uses context.TODO\(\), which has no deadline`
	return v, err
}

func count(db *sql.DB) (int, error) { return first[int](db, "SELECT count(*) FROM orders") }
