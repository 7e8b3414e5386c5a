package api

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"time"

	"example.com/shop/pkg/httpx"
)

// DefaultTimeout bounds every call a Client makes.
const DefaultTimeout = 3 * time.Second

// Client calls the notifications service over HTTP.
type Client struct {
	baseURL string
	hc      *http.Client
}

// NewClient returns a client for the notifications service at baseURL, e.g. http://notifications:8080.
func NewClient(baseURL string) *Client {
	return &Client{
		baseURL: strings.TrimRight(baseURL, "/"),
		hc:      &http.Client{Timeout: DefaultTimeout},
	}
}

// LowStock calls POST /alerts/low-stock.
func (c *Client) LowStock(ctx context.Context, in LowStockAlert) error {
	body, err := httpx.JSONBody(in)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+"/alerts/low-stock", body)
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.hc.Do(req)
	if err != nil {
		return fmt.Errorf("notifications: POST /alerts/low-stock: %w", err)
	}
	defer resp.Body.Close()
	if err := httpx.DecodeResponse(resp, nil); err != nil {
		return fmt.Errorf("notifications: POST /alerts/low-stock: %w", err)
	}
	return nil
}
