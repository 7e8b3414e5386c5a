// Package endpoints is a go-kit set of endpoints: adder serves it with its // want package:"has sinks"
// own service, and front fills it with gRPC clients (transport), so a call
// of its endpoints is remote only in front.
package endpoints

import (
	"context"

	"github.com/go-kit/kit/endpoint"
)

type Service interface {
	Sum(ctx context.Context, a, b int) (int, error)
}

type Set struct {
	SumEndpoint endpoint.Endpoint
}

// New is the server side: the set holds the service's own code.
func New(svc Service) (s Set) {
	s.SumEndpoint = Logging(MakeSumEndpoint(svc))
	return s
}

// MakeSumEndpoint's endpoint is what a go-kit server calls with the
// request's context.
func MakeSumEndpoint(svc Service) endpoint.Endpoint {
	return func(ctx context.Context, req interface{}) (interface{}, error) {
		n := req.(int)
		return svc.Sum(ctx, n, n) // want `\(endpoints.Service\).Sum \(\(endpoints.Set\).Sum\) is given the incoming request's context, which has no deadline; it reaches the go-kit endpoint endpoints.Set.SumEndpoint at endpoints.go:\d+, which uses a go-kit client, which sets no deadline of its own \(service front installs no timeout middleware\)`
	}
}

// Sum makes the set a Service: in front, a remote call.
func (s Set) Sum(ctx context.Context, a, b int) (int, error) { // want Sum:`sink\(0 ctx → the go-kit endpoint endpoints.Set.SumEndpoint\)`
	resp, err := s.SumEndpoint(ctx, a+b)
	if err != nil {
		return 0, err
	}
	return resp.(int), nil
}

// Logging is a middleware: it passes its caller's context on, and calls
// nothing of its own.
func Logging(next endpoint.Endpoint) endpoint.Endpoint {
	return func(ctx context.Context, req interface{}) (interface{}, error) {
		return next(ctx, req)
	}
}
