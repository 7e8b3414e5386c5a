// Package billing serves invoices; its client, in the same package, is
// what other services run: billing itself never calls it.
package billing

import (
	"net/http"

	"launcher/pkg/httpx"
)

func Run() error {
	http.HandleFunc("/invoices", func(w http.ResponseWriter, r *http.Request) {})
	return http.ListenAndServe(":8080", nil)
}

type Client struct{ base string }

func NewClient(base string) *Client { return &Client{base: base} }

func (c *Client) Invoices() error {
	_, err := http.Get(c.base + "/invoices")
	return err
}

// Totals goes through the shared wrapper.
func (c *Client) Totals() error { return httpx.Get(c.base + "/totals") }
