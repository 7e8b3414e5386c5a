// Command reporter calls Accounts.Get through accounts' client with no
// deadline.
package main

import (
	"context"

	"google.golang.org/grpc"

	"upstreamgrpc/accounts"
)

func main() {
	conn, _ := grpc.NewClient("accounts:9090")
	accounts.NewClient(conn).Get(context.Background()) // want `\(\*accounts.Client\).Get is given context.Background\(\), which has no deadline; it reaches \(pb.AccountsClient\).Get at accounts.go:\d+`
}
