// Package rpc_twirp calls a twirp service through its generated clients
// and serves one.
package rpc_twirp

import (
	"context"
	"net/http"
	"os"

	"rpc_twirp/hatpb"
	"rpc_twirp/notwirp"
)

type shop struct {
	hats hatpb.Haberdasher
}

func newShop() *shop {
	return &shop{hats: hatpb.NewHaberdasherJSONClient("http://hats:8080", http.DefaultClient)}
}

func (s *shop) buy(ctx context.Context) {
	client := hatpb.NewHaberdasherProtobufClient(os.Getenv("HATS_URL"), &http.Client{})
	client.MakeHat(ctx, &hatpb.Size{Inches: 12}) //@call("twirp /twitch.twirp.example.Haberdasher/MakeHat target=${HATS_URL}")
	s.hats.MakeHat(ctx, &hatpb.Size{Inches: 10}) //@call("twirp /twitch.twirp.example.Haberdasher/MakeHat target=http://hats:8080")
	var own hatpb.Haberdasher = server{}
	own.MakeHat(ctx, &hatpb.Size{})
	notwirp.NewMakerProtobufClient("http://other:80", http.DefaultClient).MakeHat(ctx, 1)
}

type server struct{}

// logging wraps the implementation: its call of the interface is not a
// client's.
type logging struct {
	next hatpb.Haberdasher
}

func (l logging) MakeHat(ctx context.Context, s *hatpb.Size) (*hatpb.Hat, error) {
	return l.next.MakeHat(ctx, s)
}

func (server) MakeHat(ctx context.Context, s *hatpb.Size) (*hatpb.Hat, error) {
	return &hatpb.Hat{}, nil
}

func serve() {
	ts := hatpb.NewHaberdasherServer(logging{next: server{}})
	mux := http.NewServeMux()
	mux.Handle(ts.PathPrefix(), ts)
	http.ListenAndServe(":8080", mux)
}
