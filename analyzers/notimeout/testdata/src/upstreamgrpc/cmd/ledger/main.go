// Command ledger serves Ledger.Record; front calls it with no deadline, so // want package:"has sinks"
// the calls on the RPC's context wait as long as the database does.
package main

import (
	"context"
	"database/sql"
	"net"

	"google.golang.org/grpc"

	"upstreamgrpc/pb"
)

type server struct{ db *sql.DB }

func (s *server) Record(ctx context.Context, _ *pb.Req) (*pb.Resp, error) { // want Record:`sink\(0 ctx` `\(\*main.server\).Record serves /ledger.v1.Ledger/Record with its caller's context, which has no deadline \(its caller sets no deadline: front at main.go:\d+\); it reaches \(\*sql.DB\).ExecContext at main.go:18`
	_, err := s.db.ExecContext(ctx, "INSERT INTO entries DEFAULT VALUES")
	return &pb.Resp{}, err
}

func main() {
	db, _ := sql.Open("postgres", "")
	s := grpc.NewServer()
	pb.RegisterLedgerServer(s, &server{db: db})
	lis, _ := net.Listen("tcp", ":9090")
	s.Serve(lis)
}
