// Command timed serves the same kind of handler behind http.TimeoutHandler, // want package:"has sinks"
// which gives the request's context, and so the handler's, a deadline.
package main

import (
	"context"
	"database/sql"
	"net/http"
	"time"

	"connectrpc.com/connect"

	"upstreamrpc/api/notesconnect"
)

type server struct{ db *sql.DB }

func (s *server) Save(ctx context.Context, req *connect.Request[notesconnect.SaveRequest]) (*connect.Response[notesconnect.SaveResponse], error) { // want Save:`sink\(0 ctx`
	_, err := s.db.ExecContext(ctx, "INSERT INTO notes VALUES ($1)", req.Msg.Text)
	return connect.NewResponse(&notesconnect.SaveResponse{}), err
}

func main() {
	db, _ := sql.Open("postgres", "")
	mux := http.NewServeMux()
	mux.Handle(notesconnect.NewNotesServiceHandler(&server{db: db}))
	http.ListenAndServe(":8082", http.TimeoutHandler(mux, 5*time.Second, "timeout"))
}
