// Package prices asks the pricing service, with a client without Timeout. // want package:"has sinks"
package prices

import (
	"context"
	"net/http"
)

type Client struct{ hc *http.Client }

func New() *Client { return &Client{hc: &http.Client{}} }

func (c *Client) Quote(ctx context.Context, sku string) error { // want Quote:`sink\(0 ctx`
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://pricing/"+sku, nil)
	if err != nil {
		return err
	}
	_, err = c.hc.Do(req)
	return err
}
