// Package rpc_connect calls a connect-go service through its generated
// client and serves one.
package rpc_connect

import (
	"context"
	"net/http"
	"os"

	"connectrpc.com/connect"

	"rpc_connect/elizaconnect"
)

type web struct {
	eliza elizaconnect.ElizaServiceClient
	talk  talker
}

// talker is not a connect client, though its method is named alike.
type talker interface {
	Say(context.Context, *connect.Request[elizaconnect.SayRequest]) (*connect.Response[elizaconnect.SayResponse], error)
}

func newWeb() *web {
	return &web{eliza: elizaconnect.NewElizaServiceClient(http.DefaultClient, "http://eliza:8080")}
}

func (w *web) chat(ctx context.Context) {
	req := connect.NewRequest(&elizaconnect.SayRequest{Sentence: "hi"})
	w.eliza.Say(ctx, req) //@call("connect /connectrpc.eliza.v1.ElizaService/Say target=http://eliza:8080")
	client := elizaconnect.NewElizaServiceClient(http.DefaultClient, os.Getenv("ELIZA_URL"))
	client.Say(ctx, req) //@call("connect /connectrpc.eliza.v1.ElizaService/Say target=${ELIZA_URL}")
	w.talk.Say(ctx, req)
}

type eliza struct{}

func (eliza) Say(ctx context.Context, req *connect.Request[elizaconnect.SayRequest]) (*connect.Response[elizaconnect.SayResponse], error) {
	return nil, nil
}

func serve() {
	mux := http.NewServeMux()
	path, handler := elizaconnect.NewElizaServiceHandler(eliza{})
	mux.Handle(path, handler)
	http.ListenAndServe(":8080", mux)
}
