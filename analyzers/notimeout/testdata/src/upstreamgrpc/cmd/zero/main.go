// Command zero serves Zero.Put through go-zero's zrpc, whose servers put a // want package:"has sinks"
// deadline on every call: like vault's, its handler's context has one,
// though front sends none.
package main

import (
	"context"
	"database/sql"

	"github.com/zeromicro/go-zero/zrpc"
	"google.golang.org/grpc"

	"upstreamgrpc/pb"
)

type server struct{ db *sql.DB }

func (s *server) Put(ctx context.Context, _ *pb.Req) (*pb.Resp, error) { // want Put:`sink\(0 ctx`
	_, err := s.db.ExecContext(ctx, "INSERT INTO puts DEFAULT VALUES")
	return &pb.Resp{}, err
}

func main() {
	db, _ := sql.Open("postgres", "")
	srv := zrpc.MustNewServer(zrpc.RpcServerConf{ListenOn: ":9090"}, func(g *grpc.Server) {
		pb.RegisterZeroServer(g, &server{db: db})
	})
	srv.Start()
}
