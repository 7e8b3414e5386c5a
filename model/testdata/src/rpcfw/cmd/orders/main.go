// Command orders serves a gRPC service.
package main

import (
	"google.golang.org/grpc"

	"ordersapi/pb"
)

type server struct {
	pb.UnimplementedOrdersServer
}

func main() {
	s := grpc.NewServer()
	pb.RegisterOrdersServer(s, &server{})
}
