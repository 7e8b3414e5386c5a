// Package elasticsearch is a minimal stub of
// github.com/elastic/go-elasticsearch/v7: a client whose API calls are
// fields of function types.
package elasticsearch

import (
	"net/http"

	"github.com/elastic/go-elasticsearch/v7/esapi"
)

type Config struct {
	Addresses []string
	Transport http.RoundTripper
}

type Client struct {
	*esapi.API
}

func NewClient(cfg Config) (*Client, error) { return &Client{API: &esapi.API{}}, nil }

func NewDefaultClient() (*Client, error) { return NewClient(Config{}) }
