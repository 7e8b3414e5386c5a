// Package lookalike has a NewClient shaped like go-kit's HTTP one.
package lookalike

import "net/url"

// Client holds a URL it never calls.
type Client struct{ u *url.URL }

// NewClient only keeps the URL.
func NewClient(method string, tgt *url.URL) *Client { return &Client{u: tgt} }
