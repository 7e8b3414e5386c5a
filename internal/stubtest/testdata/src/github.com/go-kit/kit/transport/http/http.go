// Package http is a minimal stub of github.com/go-kit/kit/transport/http (checked against v0.10.0).
package http

import (
	"context"
	"net/http"
	"net/url"

	"github.com/go-kit/kit/endpoint"
)

// EncodeRequestFunc encodes the passed request object into the HTTP request object.
type EncodeRequestFunc func(context.Context, *http.Request, interface{}) error

// DecodeResponseFunc extracts a user-domain response object from an HTTP response object.
type DecodeResponseFunc func(context.Context, *http.Response) (response interface{}, err error)

// DecodeRequestFunc extracts a user-domain request object from an HTTP request object.
type DecodeRequestFunc func(context.Context, *http.Request) (request interface{}, err error)

// EncodeResponseFunc encodes the passed response object to the HTTP response writer.
type EncodeResponseFunc func(context.Context, http.ResponseWriter, interface{}) error

// ClientOption sets an optional parameter for clients.
type ClientOption func(*Client)

// Client wraps a URL and provides a method that implements endpoint.Endpoint.
type Client struct {
	method string
	tgt    *url.URL
}

// NewClient constructs a usable Client for a single remote method.
func NewClient(method string, tgt *url.URL, enc EncodeRequestFunc, dec DecodeResponseFunc, options ...ClientOption) *Client {
	return &Client{method: method, tgt: tgt}
}

// Endpoint returns a usable endpoint that invokes the remote endpoint.
func (c Client) Endpoint() endpoint.Endpoint { return nil }

// Server wraps an endpoint and implements http.Handler.
type Server struct {
	e endpoint.Endpoint
}

// NewServer constructs a new server, which implements http.Handler.
func NewServer(e endpoint.Endpoint, dec DecodeRequestFunc, enc EncodeResponseFunc) *Server {
	return &Server{e: e}
}

// ServeHTTP implements http.Handler.
func (s Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {}
