package cmd

import (
	"github.com/spf13/cobra"

	"launcher/services/orders"
)

var ordersCmd = &cobra.Command{
	Use: "orders",
	RunE: func(*cobra.Command, []string) error {
		return orders.Run()
	},
}

func init() { root.AddCommand(ordersCmd) }
