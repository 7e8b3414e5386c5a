package cmd

import (
	"github.com/spf13/cobra"

	"launcher/services/billing"
)

var billingCmd = &cobra.Command{Use: "billing", RunE: runBilling}

func runBilling(*cobra.Command, []string) error { return billing.Run() }

func init() { root.AddCommand(billingCmd) }
