// Command shelf serves Shelf through layers behind interfaces; nothing
// calls it and nothing in it sets a deadline.
package main

import (
	"context"
	"net"

	"github.com/jackc/pgx/v4/pgxpool"
	"google.golang.org/grpc"

	"upstreamgrpc/pb"
	"upstreamgrpc/shelf/domain"
	"upstreamgrpc/shelf/handler"
	"upstreamgrpc/shelf/scan"
	"upstreamgrpc/shelf/store"
)

func main() {
	pool, _ := pgxpool.Connect(context.Background(), "postgres://shelf") // want `pgxpool.Connect uses context.Background\(\), which has no deadline`
	s := grpc.NewServer()
	pb.RegisterShelfServer(s, handler.New(domain.New(store.New(pool, nil), scan.New(pool))))
	lis, _ := net.Listen("tcp", ":9091")
	s.Serve(lis)
}
