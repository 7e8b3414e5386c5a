// Package timed hands ExecuteContext a context with a deadline: its // want package:"has sinks"
// commands' cmd.Context() has one.
package timed

import (
	"context"
	"database/sql"
	"time"

	"github.com/spf13/cobra"
)

var db *sql.DB

func Start() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	root := &cobra.Command{Use: "migrate", Run: func(cmd *cobra.Command, _ []string) {
		migrate(cmd.Context())
	}}
	root.ExecuteContext(ctx)
}

func migrate(ctx context.Context) { // want migrate:`sink\(0 ctx → \(\*sql.DB\).ExecContext\)`
	db.ExecContext(ctx, "CREATE TABLE jobs (id int)")
}
