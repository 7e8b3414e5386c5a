// Package grpc is internal to ordering; it reaches into baskets' database
// code, which is no contract.
package grpc

import (
	"mall/baskets/basketsdb" // want `^package "mall/ordering/internal/grpc" \(service ordering\) imports "mall/baskets/basketsdb", internal to service baskets; use its api package "mall/baskets/basketspb" or call the service$`
)

// Basket reads a basket's row.
func Basket() string { return basketsdb.Row{}.ID }
