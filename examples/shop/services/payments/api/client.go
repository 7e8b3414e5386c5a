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
const DefaultTimeout = 8 * time.Second

// Client calls the payments service over HTTP.
type Client struct {
	baseURL string
	hc      *http.Client
}

// NewClient returns a client for the payments service at baseURL, e.g. http://payments:8080.
func NewClient(baseURL string) *Client {
	return &Client{
		baseURL: strings.TrimRight(baseURL, "/"),
		hc:      &http.Client{Timeout: DefaultTimeout},
	}
}

// Charge calls POST /charges.
func (c *Client) Charge(ctx context.Context, in ChargeRequest) (Charge, error) {
	var out Charge
	body, err := httpx.JSONBody(in)
	if err != nil {
		return out, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+"/charges", body)
	if err != nil {
		return out, err
	}
	req.Header.Set("Content-Type", "application/json")
	return out, c.do(req, &out)
}

// GetCharge calls GET /charges/{orderID}.
func (c *Client) GetCharge(ctx context.Context, orderID string) (Charge, error) {
	var out Charge
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.baseURL+"/charges/"+url.PathEscape(orderID), nil)
	if err != nil {
		return out, err
	}
	return out, c.do(req, &out)
}

func (c *Client) do(req *http.Request, out any) error {
	req.Header.Set("Accept", "application/json")
	resp, err := c.hc.Do(req)
	if err != nil {
		return fmt.Errorf("payments: %s %s: %w", req.Method, req.URL.Path, err)
	}
	defer resp.Body.Close()
	if err := httpx.DecodeResponse(resp, out); err != nil {
		return fmt.Errorf("payments: %s %s: %w", req.Method, req.URL.Path, err)
	}
	return nil
}
