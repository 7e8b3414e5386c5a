// Package handler implements Books behind a constructor that returns the // want package:"has sinks"
// generated server interface: the service registers the interface, and
// the handler is the method of the type the constructor makes.
package handler

import (
	"context"
	"database/sql"

	"upstreamgrpc/pb"
)

type books struct{ db *sql.DB }

func New(db *sql.DB) pb.BooksServer { return &books{db: db} }

func (b *books) Find(ctx context.Context, _ *pb.Req) (*pb.Resp, error) { // want Find:`sink\(0 ctx` `\(\*handler.books\).Find serves /Books/Find with its caller's context, which has no deadline \(its caller sets no deadline: front at main.go:\d+\); it reaches \(\*sql.DB\).QueryContext at handler.go:18`
	rows, err := b.db.QueryContext(ctx, "SELECT title FROM books")
	if err == nil {
		rows.Close()
	}
	return &pb.Resp{}, err
}
