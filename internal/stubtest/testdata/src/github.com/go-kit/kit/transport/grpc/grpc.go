// Package grpc is a minimal stub of github.com/go-kit/kit/transport/grpc (checked against v0.10.0).
package grpc

import (
	"context"

	"github.com/go-kit/kit/endpoint"
	"google.golang.org/grpc"
)

// EncodeRequestFunc encodes a request object into a gRPC request.
type EncodeRequestFunc func(context.Context, interface{}) (request interface{}, err error)

// DecodeResponseFunc extracts a user-domain response from a gRPC reply.
type DecodeResponseFunc func(context.Context, interface{}) (response interface{}, err error)

// ClientOption sets an optional parameter for clients.
type ClientOption func(*Client)

// Client wraps a gRPC connection and provides a method that implements endpoint.Endpoint.
type Client struct {
	client *grpc.ClientConn
	method string
}

// NewClient constructs a usable Client for a single remote endpoint.
func NewClient(cc *grpc.ClientConn, serviceName string, method string, enc EncodeRequestFunc, dec DecodeResponseFunc, grpcReply interface{}, options ...ClientOption) *Client {
	return &Client{client: cc, method: "/" + serviceName + "/" + method}
}

// Endpoint returns a usable endpoint that will invoke the gRPC specified by the client.
func (c Client) Endpoint() endpoint.Endpoint { return nil }
