// Command gateway calls Accounts.Get through accounts' client, with a
// deadline.
package main

import (
	"context"
	"time"

	"google.golang.org/grpc"

	"upstreamgrpc/accounts"
)

func main() {
	conn, _ := grpc.NewClient("accounts:9090")
	c := accounts.NewClient(conn)
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	c.Get(ctx)
}
