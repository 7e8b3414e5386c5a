// Package mail sends email through the mail provider's HTTP API.
package mail

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"time"

	"example.com/shop/pkg/httpx"
)

// sendTimeout bounds one call to the provider.
const sendTimeout = 5 * time.Second

// Client sends email.
type Client struct {
	url    string
	apiKey string
	from   string
	hc     *http.Client
}

// New returns a Client that posts to the provider endpoint url as from.
func New(url, apiKey, from string) *Client {
	return &Client{
		url:    strings.TrimRight(url, "/"),
		apiKey: apiKey,
		from:   from,
		hc:     &http.Client{Timeout: sendTimeout},
	}
}

type message struct {
	From    string `json:"from"`
	To      string `json:"to"`
	Subject string `json:"subject"`
	Text    string `json:"text"`
}

// Send emails text to the address to.
func (c *Client) Send(ctx context.Context, to, subject, text string) error {
	body, err := httpx.JSONBody(message{From: c.from, To: to, Subject: subject, Text: text})
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.url, body)
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+c.apiKey)
	resp, err := c.hc.Do(req)
	if err != nil {
		return fmt.Errorf("send mail to %s: %w", to, err)
	}
	defer resp.Body.Close()
	if err := httpx.DecodeResponse(resp, nil); err != nil {
		return fmt.Errorf("send mail to %s: %w", to, err)
	}
	return nil
}
