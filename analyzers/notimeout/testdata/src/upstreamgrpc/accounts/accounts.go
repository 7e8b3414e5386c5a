// Package accounts serves Accounts.Get from its store, and holds the // want package:"has sinks"
// client other services call it with: that client runs only in them.
// gateway calls through the client with a deadline, which gRPC hands to
// the handler's context; reporter calls with none. The handler reaches
// the store's query, never the client's call, which accounts does not run.
package accounts

import (
	"context"
	"database/sql"

	"google.golang.org/grpc"

	"upstreamgrpc/pb"
)

// Service is what the server calls; Store and Client both implement it.
type Service interface {
	Get(ctx context.Context) error
}

type Store struct{ DB *sql.DB }

func (s Store) Get(ctx context.Context) error { // want Get:`sink\(0 ctx → \(\*sql.DB\).QueryContext\)`
	_, err := s.DB.QueryContext(ctx, "SELECT 1")
	return err
}

type Server struct{ Svc Service }

func (s *Server) Get(ctx context.Context, _ *pb.Req) (*pb.Resp, error) { // want `\(\*accounts.Server\).Get serves /accounts.v1.Accounts/Get with its caller's context, which has no deadline \(its caller sets no deadline: reporter at accounts.go:\d+\); it reaches \(\*sql.DB\).QueryContext at accounts.go:\d+; set`
	return &pb.Resp{}, s.Svc.Get(ctx)
}

type Client struct{ c pb.AccountsClient }

func NewClient(conn *grpc.ClientConn) *Client { return &Client{c: pb.NewAccountsClient(conn)} }

func (c *Client) Get(ctx context.Context) error { // want Get:`sink\(0 ctx → \(pb.AccountsClient\).Get\)`
	_, err := c.c.Get(ctx, &pb.Req{})
	return err
}
