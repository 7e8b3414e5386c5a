package gateway

import (
	"context"
	"io"
	"net/http"
	"net/url"
	"time"
)

// OrdersClient calls the orders service's HTTP API.
type OrdersClient struct {
	base string
	http *http.Client
}

// NewOrdersClient returns a client for the orders service at base
// ("http://orders:8080").
func NewOrdersClient(base string) *OrdersClient {
	return &OrdersClient{base: base, http: &http.Client{Timeout: 5 * time.Second}}
}

// Create places an order; body is the customer's JSON, passed on as is.
func (c *OrdersClient) Create(ctx context.Context, body io.Reader) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/orders", body)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	return c.http.Do(req)
}

// Get fetches one order.
func (c *OrdersClient) Get(ctx context.Context, id string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/orders/"+url.PathEscape(id), nil)
	if err != nil {
		return nil, err
	}
	return c.http.Do(req)
}
