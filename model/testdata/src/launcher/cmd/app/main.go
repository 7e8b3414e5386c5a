// Command app starts one of the services by subcommand: app orders, app
// billing.
package main

import "launcher/cmd"

func main() { cmd.Execute() }
