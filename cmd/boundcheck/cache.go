package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/boundcheck/boundcheck/internal/resultcache"
	"github.com/boundcheck/boundcheck/rules/tree"
)

func newCacheCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "cache",
		Short: "Show or empty boundcheck's caches (results of check, tree scans)",
		Long: `boundcheck keeps the results of check and its scans of source trees in a
cache folder: $BOUNDCHECK_CACHE when set (an absolute path), else boundcheck
in the user's cache folder. A run of check over a tree where nothing changed
since a run that had no problem prints that run's results without loading
the packages. Entries unused for five days are removed; BOUNDCHECK_NOCACHE=1
turns the caches off.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error { return cmd.Help() },
	}
	cmd.AddCommand(&cobra.Command{
		Use:   "dir",
		Short: "Print the cache folder",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			dir, err := tree.CacheDir()
			if err != nil {
				return usageErr("%v", err)
			}
			fmt.Fprintln(cmd.OutOrStdout(), dir)
			return nil
		},
	}, &cobra.Command{
		Use:   "clean",
		Short: "Remove the cached results and tree scans",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			dir, err := resultcache.Clean()
			if err != nil {
				return &codeError{exitError, err}
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "boundcheck: removed the caches in %s\n", dir)
			return nil
		},
	})
	return cmd
}
