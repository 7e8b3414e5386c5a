// Command notes serves a connect-go service that no analysed service calls, // want package:"has sinks"
// with no interceptor or middleware that sets a deadline: its handler's
// context has one only if the caller sends one.
package main

import (
	"context"
	"database/sql"
	"net/http"

	"connectrpc.com/connect"

	"upstreamrpc/api/notesconnect"
)

type server struct{ db *sql.DB }

func (s *server) Save(ctx context.Context, req *connect.Request[notesconnect.SaveRequest]) (*connect.Response[notesconnect.SaveResponse], error) { // want Save:`sink\(0 ctx` `\(\*main.server\).Save serves /notes.v1.NotesService/Save with its caller's context, which has a deadline only if the caller sends one \(no analysed service calls it, and service notes installs no interceptor or timeout middleware that sets one\); it reaches \(\*sql.DB\).ExecContext at main.go:19`
	_, err := s.db.ExecContext(ctx, "INSERT INTO notes VALUES ($1)", req.Msg.Text)
	return connect.NewResponse(&notesconnect.SaveResponse{}), err
}

func main() {
	db, _ := sql.Open("postgres", "")
	mux := http.NewServeMux()
	mux.Handle(notesconnect.NewNotesServiceHandler(&server{db: db}))
	http.ListenAndServe(":8080", mux)
}
