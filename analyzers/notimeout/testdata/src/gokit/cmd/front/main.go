// Command front calls adder through the go-kit client, from its own
// server's endpoint and once at start with no deadline.
package main

import (
	"context"

	"google.golang.org/grpc"

	"gokit/pkg/adder/endpoints"
	"gokit/pkg/adder/transport"
)

var serve endpoint

type endpoint = func(context.Context, interface{}) (interface{}, error)

func main() {
	conn, _ := grpc.NewClient("adder:9090")
	svc := transport.NewGRPCClient(conn)
	serve = endpoints.MakeSumEndpoint(svc)
	svc.Sum(context.Background(), 1, 2) // want `\(endpoints.Service\).Sum \(\(endpoints.Set\).Sum\) is given context.Background\(\), which has no deadline; it reaches the go-kit endpoint endpoints.Set.SumEndpoint at endpoints.go:\d+`
}
