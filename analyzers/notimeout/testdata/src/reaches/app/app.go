// Package app saves orders through store from another package: the fact
// on Save names both outbound calls, and so does the finding.
package app

import (
	"context"
	"time"

	"reaches/store"
)

func Import(s *store.Store) error {
	return s.Save(context.Background(), "x") // want `\(\*store.Store\).Save is given context.Background\(\), which has no deadline; it reaches 2 outbound calls: \(\*http.Client\).Do at store.go:47, which uses a client without Timeout; \(\*sql.DB\).ExecContext at store.go:55`
}

// The look-alike: the same call with a deadline is bounded.
func ImportTimed(s *store.Store) error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	return s.Save(ctx, "y")
}
