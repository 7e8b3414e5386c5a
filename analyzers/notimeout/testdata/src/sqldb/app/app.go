// Package app calls the repository from another package: the facts say
// which parameter reaches the query, and the caller is judged by what it
// passes.
package app

import (
	"context"
	"time"

	"sqldb/repo"
)

// A nightly job that passes a context without a deadline.
func nightlyExport(users *repo.Users) ([]repo.User, error) {
	return users.List(context.Background(), 10000) // want `\(\*repo.Users\).List is given context.Background\(\), which has no deadline; it reaches \(\*sql.DB\).QueryContext at repo.go:\d+; pass a context with a deadline`
}

// The same call with a deadline: clean.
func lookup(users *repo.Users, id int64) (*repo.User, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	return users.ByID(ctx, id)
}
