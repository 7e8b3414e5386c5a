// Command service runs stores on its own, so stores/ is service stores.
package main

import "mall/stores"

func main() { _ = stores.Root() }
