// Command vault serves the same kind of handler behind a connect // want package:"has sinks"
// interceptor that gives every request a deadline.
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

func timeout(next connect.UnaryFunc) connect.UnaryFunc {
	return func(ctx context.Context, req connect.AnyRequest) (connect.AnyResponse, error) {
		ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
		defer cancel()
		return next(ctx, req)
	}
}

func main() {
	db, _ := sql.Open("postgres", "")
	mux := http.NewServeMux()
	mux.Handle(notesconnect.NewNotesServiceHandler(&server{db: db}, connect.WithInterceptors(timeout)))
	http.ListenAndServe(":8081", mux)
}
