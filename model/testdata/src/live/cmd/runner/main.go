// Command runner runs the commands of package cli, as a cobra root does.
package main

import "live/cli"

func main() { cli.Execute() }
