// Command hats serves a twirp service and a health check.
package main

import (
	"context"
	"net/http"

	"rpcfw/api/hatpb"
)

type server struct{}

func (server) MakeHat(ctx context.Context, s *hatpb.Size) (*hatpb.Hat, error) {
	return &hatpb.Hat{}, nil
}

func main() {
	ts := hatpb.NewHaberdasherServer(server{})
	mux := http.NewServeMux()
	mux.Handle(ts.PathPrefix(), ts)
	mux.HandleFunc("GET /health", func(w http.ResponseWriter, r *http.Request) {})
	http.ListenAndServe(":8080", mux)
}
