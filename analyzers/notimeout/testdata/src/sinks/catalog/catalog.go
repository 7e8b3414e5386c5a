// want package:"has sinks"

// Package catalog is a typed client whose http.Client lives in a struct
// field filled by its constructor: its methods are as bounded as the
// contexts their callers pass.
package catalog

import (
	"context"
	"net/http"
	"time"
)

type Client struct {
	base string
	hc   *http.Client
}

// New builds a client without Timeout: every call depends on its context.
func New(base string) *Client {
	return &Client{base: base, hc: &http.Client{}}
}

// Price reaches Do through get: its ctx parameter decides.
func (c *Client) Price(ctx context.Context, sku string) error { // want Price:`sink\(0 ctx → \(\*http.Client\).Do\)`
	return c.get(ctx, "/price/"+sku)
}

func (c *Client) get(ctx context.Context, path string) error { // want get:`sink\(0 ctx`
	req, err := http.NewRequestWithContext(ctx, "GET", c.base+path, nil)
	if err != nil {
		return err
	}
	_, err = c.hc.Do(req)
	return err
}

// Stock sets its own deadline: callers cannot make it unbounded.
func (c *Client) Stock(ctx context.Context, sku string) error {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	return c.get(ctx, "/stock/"+sku)
}

// Warm is called in this package with a context without deadline.
func (c *Client) Warm() error {
	return c.get(context.Background(), "/warm") // want `\(\*catalog.Client\).get is given context.Background\(\), which has no deadline; it reaches \(\*http.Client\).Do at catalog.go:\d+, which uses a client without Timeout; pass a context with a deadline`
}

// Timed has a client with Timeout set in its constructor: bounded whatever
// the context.
type Timed struct{ hc *http.Client }

func NewTimed() *Timed { return &Timed{hc: &http.Client{Timeout: 3 * time.Second}} }

func (t *Timed) Get(ctx context.Context, url string) error {
	req, _ := http.NewRequestWithContext(ctx, "GET", url, nil)
	_, err := t.hc.Do(req)
	return err
}
