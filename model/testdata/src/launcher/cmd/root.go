package cmd

import "github.com/spf13/cobra"

var root = &cobra.Command{Use: "app"}

func Execute() { root.Execute() }
