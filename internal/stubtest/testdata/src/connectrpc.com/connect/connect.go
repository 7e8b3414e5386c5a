// Package connect is a minimal stub of connectrpc.com/connect (checked against v1.18.1).
package connect

import (
	"context"
	"net/http"
)

// HTTPClient is the interface connect expects HTTP clients to implement.
type HTTPClient interface {
	Do(*http.Request) (*http.Response, error)
}

// Request is a request message with its headers.
type Request[T any] struct {
	Msg *T
}

// NewRequest wraps a generated request message.
func NewRequest[T any](message *T) *Request[T] { return &Request[T]{Msg: message} }

// Response is a response message with its headers.
type Response[T any] struct {
	Msg *T
}

// ClientOption configures a Client.
type ClientOption interface{ applyToClient() }

// HandlerOption configures a Handler.
type HandlerOption interface{ applyToHandler() }

// Client is a reusable, concurrency-safe client for a single procedure.
type Client[Req, Res any] struct {
	url string
}

// NewClient constructs a new Client.
func NewClient[Req, Res any](httpClient HTTPClient, url string, options ...ClientOption) *Client[Req, Res] {
	return &Client[Req, Res]{url: url}
}

// CallUnary calls a request-response procedure.
func (c *Client[Req, Res]) CallUnary(ctx context.Context, request *Request[Req]) (*Response[Res], error) {
	return nil, nil
}

// Handler is the server-side implementation of a single RPC defined by a service schema.
type Handler struct{}

// ServeHTTP implements http.Handler.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {}

// NewUnaryHandler constructs a Handler for a request-response procedure.
func NewUnaryHandler[Req, Res any](procedure string, unary func(context.Context, *Request[Req]) (*Response[Res], error), options ...HandlerOption) *Handler {
	return &Handler{}
}

// AnyRequest is the common method set of every Request.
type AnyRequest interface{ Any() any }

// AnyResponse is the common method set of every Response.
type AnyResponse interface{ Any() any }

// UnaryFunc is the generic signature of a unary RPC.
type UnaryFunc func(context.Context, AnyRequest) (AnyResponse, error)

// UnaryInterceptorFunc is a simple Interceptor implementation that only
// wraps unary RPCs.
type UnaryInterceptorFunc func(UnaryFunc) UnaryFunc

// Option implements both ClientOption and HandlerOption.
type Option interface {
	ClientOption
	HandlerOption
}

// WithInterceptors configures a client's or handler's interceptor stack.
func WithInterceptors(interceptors ...UnaryInterceptorFunc) Option { return nil }

// NewResponse wraps a generated response message.
func NewResponse[T any](message *T) *Response[T] { return &Response[T]{Msg: message} }
