// Package cli runs a worker as a cobra subcommand on the context it hands // want package:"has sinks"
// ExecuteContext: a signal's, over context.Background(), which has no
// deadline; cmd.Context() in its commands is that context.
package cli

import (
	"context"
	"database/sql"
	"os"
	"os/signal"

	"github.com/spf13/cobra"

	"cmdctx/tags"
)

var db *sql.DB

func Start() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	root := &cobra.Command{Use: "app"}
	root.AddCommand(&cobra.Command{Use: "worker", Run: func(cmd *cobra.Command, _ []string) {
		work(cmd.Context(), 3) // want `cli.work is given .*context.Background\(\).*which has no deadline; it reaches \(\*sql.DB\).ExecContext at cli.go:\d+`
	}})
	root.ExecuteContext(ctx)
}

// work tags its context again on every round, twice over, through another package's
// function: the context it queries on is still its caller's.
func work(ctx context.Context, rounds int) { // want work:`sink\(0 ctx → \(\*sql.DB\).ExecContext\)`
	for i := 0; i < rounds; i++ {
		ctx = tags.With(tags.With(ctx, "round"), "worker")
		db.ExecContext(ctx, "UPDATE jobs SET state = 'done'")
	}
}
