// Package elsewhere declares a command whose tree runs from another // want package:"has sinks"
// package: what its cmd.Context() holds is not in sight.
package elsewhere

import (
	"context"
	"database/sql"

	"github.com/spf13/cobra"
)

var db *sql.DB

var Cmd = &cobra.Command{Use: "sweep", Run: func(cmd *cobra.Command, _ []string) {
	sweep(cmd.Context())
}}

func sweep(ctx context.Context) { // want sweep:`sink\(0 ctx → \(\*sql.DB\).ExecContext\)`
	db.ExecContext(ctx, "DELETE FROM jobs")
}
