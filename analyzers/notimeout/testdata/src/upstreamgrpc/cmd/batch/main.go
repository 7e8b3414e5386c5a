// Command batch calls Stock.Count with a deadline.
package main

import (
	"context"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	"upstreamgrpc/pb"
)

func main() {
	conn, _ := grpc.NewClient("stock:9090", grpc.WithTransportCredentials(insecure.NewCredentials()))
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	pb.NewStockClient(conn).Count(ctx, &pb.Req{})
}
