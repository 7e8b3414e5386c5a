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
const DefaultTimeout = 5 * time.Second

// Client calls the inventory service over HTTP.
type Client struct {
	baseURL string
	hc      *http.Client
}

// NewClient returns a client for the inventory service at baseURL, e.g. http://inventory:8080.
func NewClient(baseURL string) *Client {
	return &Client{
		baseURL: strings.TrimRight(baseURL, "/"),
		hc:      &http.Client{Timeout: DefaultTimeout},
	}
}

// Reserve calls POST /reservations. It fails with a 409 *httpx.StatusError when
// an item is out of stock.
func (c *Client) Reserve(ctx context.Context, in ReserveRequest) (Reservation, error) {
	var out Reservation
	body, err := httpx.JSONBody(in)
	if err != nil {
		return out, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+"/reservations", body)
	if err != nil {
		return out, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json")
	resp, err := c.hc.Do(req)
	if err != nil {
		return out, fmt.Errorf("inventory: POST /reservations: %w", err)
	}
	defer resp.Body.Close()
	if err := httpx.DecodeResponse(resp, &out); err != nil {
		return out, fmt.Errorf("inventory: POST /reservations: %w", err)
	}
	return out, nil
}

// Stock calls GET /stock/{sku}.
func (c *Client) Stock(ctx context.Context, sku string) (Stock, error) {
	var out Stock
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.baseURL+"/stock/"+url.PathEscape(sku), nil)
	if err != nil {
		return out, err
	}
	req.Header.Set("Accept", "application/json")
	resp, err := c.hc.Do(req)
	if err != nil {
		return out, fmt.Errorf("inventory: GET /stock: %w", err)
	}
	defer resp.Body.Close()
	if err := httpx.DecodeResponse(resp, &out); err != nil {
		return out, fmt.Errorf("inventory: GET /stock: %w", err)
	}
	return out, nil
}
