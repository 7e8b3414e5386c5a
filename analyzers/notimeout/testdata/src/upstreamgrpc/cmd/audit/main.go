// Command audit serves Audit.Log, which no analysed service calls: like an // want package:"has sinks"
// incoming HTTP request's, its context has a deadline only if the caller
// sends one, and nothing in audit sets one.
package main

import (
	"context"
	"database/sql"
	"net"

	"google.golang.org/grpc"

	"upstreamgrpc/pb"
)

type server struct{ db *sql.DB }

func (s *server) Log(ctx context.Context, _ *pb.Req) (*pb.Resp, error) { // want Log:`sink\(0 ctx` `\(\*main.server\).Log serves /Audit/Log with its caller's context, which has a deadline only if the caller sends one \(no analysed service calls it, and service audit installs no server interceptor that sets one\); it reaches \(\*sql.DB\).ExecContext at main.go:19`
	_, err := s.db.ExecContext(ctx, "INSERT INTO log DEFAULT VALUES")
	return &pb.Resp{}, err
}

func main() {
	db, _ := sql.Open("postgres", "")
	s := grpc.NewServer()
	pb.RegisterAuditServer(s, &server{db: db})
	lis, _ := net.Listen("tcp", ":9090")
	s.Serve(lis)
}
