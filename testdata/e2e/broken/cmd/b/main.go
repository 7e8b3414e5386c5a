// Command b runs service b.
package main

import "example.com/broken/services/b/store"

func main() { println(store.Limit) }
