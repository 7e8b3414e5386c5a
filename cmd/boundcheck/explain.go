package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/boundcheck/boundcheck/analyzers"
)

func newExplainCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "explain [CHECK]",
		Short: "Explain a check: why it matters, with bad and good code",
		Long:  "explain prints a check's documentation and settings. Without an argument it lists the checks.",
		Args:  cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			w := cmd.OutOrStdout()
			if len(args) == 0 {
				fmt.Fprint(w, checkList(""))
				fmt.Fprintln(w, "\nrun 'boundcheck explain NAME' for one check's documentation")
				return nil
			}
			c := analyzers.Lookup(args[0])
			if c == nil {
				return usageErr("unknown analyzer %q; known: %s", args[0], strings.Join(analyzers.Names(), ", "))
			}
			fmt.Fprint(w, c.Doc)
			if len(c.Settings) > 0 {
				fmt.Fprintf(w, "\nSettings (rules.%s in boundcheck.yaml):\n\n", c.Name)
				for _, st := range c.Settings {
					fmt.Fprintf(w, "  - %s: %s\n", st, st.Doc)
				}
			}
			return nil
		},
	}
}

// checkList lists the checks with their titles, one a line, each line
// starting with indent.
func checkList(indent string) string {
	var b strings.Builder
	for _, c := range analyzers.Checks {
		fmt.Fprintf(&b, "%s%-12s %s\n", indent, c.Name, c.Title())
	}
	return b.String()
}
