// Command hats serves a twirp service that no analysed service calls; its // want package:"has sinks"
// handler's context is the HTTP request's, which nothing bounds.
package main

import (
	"context"
	"database/sql"
	"net/http"

	"upstreamrpc/api/hatpb"
)

type server struct{ db *sql.DB }

func (s *server) MakeHat(ctx context.Context, size *hatpb.Size) (*hatpb.Hat, error) { // want MakeHat:`sink\(0 ctx` `\(\*main.server\).MakeHat serves /twitch.twirp.example.Haberdasher/MakeHat with its caller's context, which has a deadline only if the caller sends one \(no analysed service calls it, and service hats installs no timeout middleware that sets one\); it reaches \(\*sql.DB\).QueryRowContext at main.go:16`
	row := s.db.QueryRowContext(ctx, "SELECT color FROM hats WHERE inches = $1", size.Inches)
	var h hatpb.Hat
	return &h, row.Scan(&h.Color)
}

func main() {
	db, _ := sql.Open("postgres", "")
	ts := hatpb.NewHaberdasherServer(&server{db: db})
	http.ListenAndServe(":8083", ts)
}
