// Package scan lists through scany, which runs the query on the context // want package:"has sinks"
// it is given.
package scan

import (
	"context"

	"github.com/georgysavva/scany/pgxscan"

	"upstreamgrpc/txn"
)

type Lister struct{ db txn.QueryEngine }

func New(db txn.QueryEngine) *Lister { return &Lister{db: db} }

func (l *Lister) List(ctx context.Context) ([]string, error) { // want List:`sink\(0 ctx → pgxscan.Select\)`
	var ids []string
	err := pgxscan.Select(ctx, l.db, &ids, "SELECT id FROM shelf")
	return ids, err
}
