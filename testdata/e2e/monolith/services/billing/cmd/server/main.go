// Command server runs billing on its own.
package main

import "example.com/monolith/services/billing"

func main() { _ = billing.Start() }
