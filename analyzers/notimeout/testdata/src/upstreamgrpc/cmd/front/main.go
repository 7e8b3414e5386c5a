// Command front calls Ledger.Record, Zero.Put and Books.Find with no
// deadline.
package main

import (
	"context"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	"upstreamgrpc/pb"
)

func main() {
	conn, _ := grpc.NewClient("ledger:9090", grpc.WithTransportCredentials(insecure.NewCredentials()))
	pb.NewLedgerClient(conn).Record(context.Background(), &pb.Req{}) // want `\(pb.LedgerClient\).Record uses context.Background\(\), which has no deadline`
	zc, _ := grpc.NewClient("zero:9090", grpc.WithTransportCredentials(insecure.NewCredentials()))
	pb.NewZeroClient(zc).Put(context.Background(), &pb.Req{}) // want `\(pb.ZeroClient\).Put uses context.Background\(\), which has no deadline`
	bc, _ := grpc.NewClient("books:9091", grpc.WithTransportCredentials(insecure.NewCredentials()))
	pb.NewBooksClient(bc).Find(context.Background(), &pb.Req{}) // want `\(pb.BooksClient\).Find uses context.Background\(\), which has no deadline`
}
