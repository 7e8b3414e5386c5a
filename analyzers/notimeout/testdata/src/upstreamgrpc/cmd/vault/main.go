// Command vault serves Vault.Get, which no analysed service calls, behind // want package:"has sinks"
// a server interceptor that puts a deadline on every call.
package main

import (
	"context"
	"database/sql"
	"net"
	"time"

	"google.golang.org/grpc"

	"upstreamgrpc/pb"
)

type server struct{ db *sql.DB }

func (s *server) Get(ctx context.Context, _ *pb.Req) (*pb.Resp, error) { // want Get:`sink\(0 ctx`
	_, err := s.db.QueryContext(ctx, "SELECT secret FROM vault")
	return &pb.Resp{}, err
}

func timeout(ctx context.Context, req any, _ *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	return handler(ctx, req)
}

func main() {
	db, _ := sql.Open("postgres", "")
	s := grpc.NewServer(grpc.UnaryInterceptor(timeout))
	pb.RegisterVaultServer(s, &server{db: db})
	lis, _ := net.Listen("tcp", ":9090")
	s.Serve(lis)
}
