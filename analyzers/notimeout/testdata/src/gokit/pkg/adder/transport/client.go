// Package transport makes the gRPC client of adder's set.
package transport

import (
	"context"

	kitgrpc "github.com/go-kit/kit/transport/grpc"
	"google.golang.org/grpc"

	"gokit/pkg/adder/endpoints"
)

func NewGRPCClient(conn *grpc.ClientConn) endpoints.Service {
	return endpoints.Set{
		SumEndpoint: kitgrpc.NewClient(conn, "pb.Adder", "Sum", encode, decode, 0).Endpoint(),
	}
}

func encode(_ context.Context, r interface{}) (interface{}, error) { return r, nil }
func decode(_ context.Context, r interface{}) (interface{}, error) { return r, nil }
