// Command server runs orders on its own.
package main

import "example.com/monolith/services/orders"

func main() { _ = orders.Start() }
