// Command a runs service a.
package main

import (
	"example.com/broken/services/a/handler"
	"example.com/broken/services/b/domain"
)

func main() { println(handler.ID(domain.Order{ID: "1"})) }
