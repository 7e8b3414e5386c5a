// Command gateway imports one service's root package: it is a service, and
// that import crosses into orders.
package main

import "example.com/monolith/services/orders"

func main() { _ = orders.Start() }
