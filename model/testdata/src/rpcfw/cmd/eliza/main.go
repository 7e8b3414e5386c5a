// Command eliza serves a connect-go service.
package main

import (
	"context"
	"net/http"

	"connectrpc.com/connect"

	"rpcfw/api/elizaconnect"
)

type eliza struct{}

func (eliza) Say(ctx context.Context, req *connect.Request[elizaconnect.SayRequest]) (*connect.Response[elizaconnect.SayResponse], error) {
	return nil, nil
}

func main() {
	mux := http.NewServeMux()
	path, handler := elizaconnect.NewElizaServiceHandler(eliza{})
	mux.Handle(path, handler)
	http.ListenAndServe(":8080", mux)
}
