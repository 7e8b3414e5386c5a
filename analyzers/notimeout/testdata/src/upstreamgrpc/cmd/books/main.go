// Command books registers its server through the handler package's
// constructor, which returns the server interface.
package main

import (
	"database/sql"
	"net"

	"google.golang.org/grpc"

	"upstreamgrpc/books/handler"
	"upstreamgrpc/pb"
)

func main() {
	db, _ := sql.Open("postgres", "")
	s := grpc.NewServer()
	pb.RegisterBooksServer(s, handler.New(db))
	lis, _ := net.Listen("tcp", ":9091")
	s.Serve(lis)
}
