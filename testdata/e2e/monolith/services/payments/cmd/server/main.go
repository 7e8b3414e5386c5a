// Command server runs payments on its own.
package main

import "example.com/monolith/services/payments"

func main() { _ = payments.Start() }
