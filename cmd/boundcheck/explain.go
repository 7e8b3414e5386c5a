package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"golang.org/x/tools/go/analysis"

	"github.com/boundcheck/boundcheck/analyzers"
	"github.com/boundcheck/boundcheck/rules"
)

func newExplainCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "explain [ANALYZER]",
		Short: "Explain a check: why it matters, with bad and good code",
		Long:  "explain prints an analyzer's documentation. Without an argument it lists the analyzers.",
		Args:  cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			all := analyzers.All(rules.Empty())
			w := cmd.OutOrStdout()
			if len(args) == 0 {
				for _, a := range all {
					title, _, _ := strings.Cut(a.Doc, "\n")
					fmt.Fprintf(w, "%-12s %s\n", a.Name, strings.TrimPrefix(title, a.Name+": "))
				}
				fmt.Fprintln(w, "\nrun 'boundcheck explain NAME' for one check's documentation")
				return nil
			}
			i := slices.IndexFunc(all, func(a *analysis.Analyzer) bool { return a.Name == args[0] })
			if i < 0 {
				var names []string
				for _, a := range all {
					names = append(names, a.Name)
				}
				return usageErr("unknown analyzer %q; known: %s", args[0], strings.Join(names, ", "))
			}
			fmt.Fprint(w, all[i].Doc)
			return nil
		},
	}
}
