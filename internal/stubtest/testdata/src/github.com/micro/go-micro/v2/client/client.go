// Package client is a minimal stub of github.com/micro/go-micro/v2/client (checked against v2.9.1).
package client

import "context"

// Client is the interface used to make requests to services.
type Client interface {
	NewRequest(service, endpoint string, req interface{}, reqOpts ...RequestOption) Request
	Call(ctx context.Context, req Request, rsp interface{}, opts ...CallOption) error
}

// Request is the interface for a synchronous request used by Call or Stream.
type Request interface {
	Service() string
	Endpoint() string
}

// CallOption used by Call or Stream.
type CallOption func(*CallOptions)

// CallOptions are the options of a call.
type CallOptions struct{}

// RequestOption used by NewRequest.
type RequestOption func(*RequestOptions)

// RequestOptions are the options of a request.
type RequestOptions struct{}

// DefaultClient is the default client.
var DefaultClient Client

// NewRequest creates a new request using the default client.
func NewRequest(service, endpoint string, request interface{}, reqOpts ...RequestOption) Request {
	return DefaultClient.NewRequest(service, endpoint, request, reqOpts...)
}

// Call makes a synchronous call to a service using the default client.
func Call(ctx context.Context, request Request, response interface{}, opts ...CallOption) error {
	return DefaultClient.Call(ctx, request, response, opts...)
}
