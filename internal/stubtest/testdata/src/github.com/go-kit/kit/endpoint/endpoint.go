// Package endpoint is a minimal stub of github.com/go-kit/kit/endpoint (checked against v0.10.0).
package endpoint

import "context"

// Endpoint is the fundamental building block of servers and clients.
type Endpoint func(ctx context.Context, request interface{}) (response interface{}, err error)
