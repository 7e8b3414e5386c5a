// Command baskets runs baskets.
package main

import "example.com/contracts/services/basketspb"

func main() { _ = basketspb.Basket{} }
