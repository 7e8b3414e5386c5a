// Package calc is a set of endpoints that no client fills: its endpoints // want package:"has sinks"
// are batch's own code, so calling them with no deadline calls nothing
// remote.
package calc

import (
	"context"

	"github.com/go-kit/kit/endpoint"
)

type Set struct {
	Double endpoint.Endpoint
}

func New() Set {
	return Set{Double: func(_ context.Context, req interface{}) (interface{}, error) { return req.(int) * 2, nil }}
}

func (s Set) Run(ctx context.Context, n int) (interface{}, error) { // want Run:`sink\(0 ctx → the go-kit endpoint calc.Set.Double\)`
	return s.Double(ctx, n)
}
