package api

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"example.com/shop/pkg/httpx"
)

// DefaultTimeout bounds every call a Client makes.
const DefaultTimeout = 10 * time.Second

// Client calls the orders service over HTTP.
type Client struct {
	baseURL string
	hc      *http.Client
}

// NewClient returns a client for the orders service at baseURL, e.g. http://orders:8080.
func NewClient(baseURL string) *Client {
	return &Client{
		baseURL: strings.TrimRight(baseURL, "/"),
		hc:      &http.Client{Timeout: DefaultTimeout},
	}
}

// PlaceOrder calls POST /orders.
func (c *Client) PlaceOrder(ctx context.Context, in PlaceOrderRequest) (Order, error) {
	var out Order
	body, err := httpx.JSONBody(in)
	if err != nil {
		return out, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+"/orders", body)
	if err != nil {
		return out, err
	}
	req.Header.Set("Content-Type", "application/json")
	return out, c.do(req, &out)
}

// GetOrder calls GET /orders/{id}.
func (c *Client) GetOrder(ctx context.Context, id string) (Order, error) {
	var out Order
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.baseURL+"/orders/"+url.PathEscape(id), nil)
	if err != nil {
		return out, err
	}
	return out, c.do(req, &out)
}

func (c *Client) do(req *http.Request, out any) error {
	req.Header.Set("Accept", "application/json")
	resp, err := c.hc.Do(req)
	if err != nil {
		return fmt.Errorf("orders: %s %s: %w", req.Method, req.URL.Path, err)
	}
	defer resp.Body.Close()
	if err := httpx.DecodeResponse(resp, out); err != nil {
		return fmt.Errorf("orders: %s %s: %w", req.Method, req.URL.Path, err)
	}
	return nil
}
