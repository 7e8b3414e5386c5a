// Command b runs service b.
package main

import "example.com/suppress/services/b/domain"

func main() { println(domain.Order{ID: "1"}.ID) }
