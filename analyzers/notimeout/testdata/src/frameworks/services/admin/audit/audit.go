// Package audit is the admin service's client for the audit log; Record is // want package:"has sinks"
// as bounded as the context its callers pass.
package audit

import (
	"context"
	"net/http"
	"strings"
)

type Client struct {
	url string
	hc  *http.Client
}

func New(url string) *Client { return &Client{url: url, hc: &http.Client{}} }

func (c *Client) Record(ctx context.Context, action, subject string) error { // want Record:`sink\(0 ctx`
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.url+"/events", strings.NewReader(action+" "+subject))
	if err != nil {
		return err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
