// Command service runs baskets on its own.
package main

import "mall/baskets"

func main() { _ = baskets.Root() }
