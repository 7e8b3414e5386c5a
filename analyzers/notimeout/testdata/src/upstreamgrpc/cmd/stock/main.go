// Command stock serves Stock.Count; its only caller (batch) sets a // want package:"has sinks"
// deadline, which gRPC hands to the handler's context.
package main

import (
	"context"
	"database/sql"
	"net"

	"google.golang.org/grpc"

	"upstreamgrpc/pb"
)

type server struct{ db *sql.DB }

func (s *server) Count(ctx context.Context, _ *pb.Req) (*pb.Resp, error) { // want Count:`sink\(0 ctx`
	_, err := s.db.QueryContext(ctx, "SELECT count(*) FROM items")
	return &pb.Resp{}, err
}

func main() {
	db, _ := sql.Open("postgres", "")
	s := grpc.NewServer()
	pb.RegisterStockServer(s, &server{db: db})
	lis, _ := net.Listen("tcp", ":9090")
	s.Serve(lis)
}
