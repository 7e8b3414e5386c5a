// Command web calls the others through go-kit, twirp and connect-go.
package main

import (
	"context"
	"net/http"
	"net/url"
	"os"

	grpctransport "github.com/go-kit/kit/transport/grpc"
	httptransport "github.com/go-kit/kit/transport/http"
	"google.golang.org/grpc"

	"rpcfw/api/elizaconnect"
	"rpcfw/api/hatpb"
)

func main() {
	ctx := context.Background()
	conn, _ := grpc.Dial(os.Getenv("ORDERS_ADDR"))
	grpctransport.NewClient(conn, "orders.v1.Orders", "GetOrder", nil, nil, nil)
	u, _ := url.Parse("http://hats:8080")
	u.Path = "/health"
	httptransport.NewClient("GET", u, nil, nil)
	hats := hatpb.NewHaberdasherProtobufClient(os.Getenv("HATS_URL"), http.DefaultClient)
	hats.MakeHat(ctx, &hatpb.Size{Inches: 12})
	eliza := elizaconnect.NewElizaServiceClient(http.DefaultClient, os.Getenv("ELIZA_URL"))
	eliza.Say(ctx, nil)
}
