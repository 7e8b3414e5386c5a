// Command mallbots is a composition root: it builds every module into one
// binary by importing their root packages. It is no service, and neither its
// imports nor those of the packages only it uses are reported.
package main

import (
	"mall/baskets"
	"mall/cmd/mallbots/system"
	"mall/ordering"
	"mall/stores"
)

func main() { _ = stores.Root() + baskets.Root() + ordering.Root() + system.Boot() }
