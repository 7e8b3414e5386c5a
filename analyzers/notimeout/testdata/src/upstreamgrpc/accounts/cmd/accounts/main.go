// Command accounts serves Accounts with its store.
package main

import (
	"database/sql"
	"net"

	"google.golang.org/grpc"

	"upstreamgrpc/accounts"
	"upstreamgrpc/pb"
)

func main() {
	db, _ := sql.Open("postgres", "")
	s := grpc.NewServer()
	pb.RegisterAccountsServer(s, &accounts.Server{Svc: accounts.Store{DB: db}})
	lis, _ := net.Listen("tcp", ":9090")
	s.Serve(lis)
}
