// Command service runs ordering on its own.
package main

import (
	"mall/ordering"
	"mall/ordering/internal/grpc"
)

func main() { _ = ordering.Root() + grpc.Basket() }
