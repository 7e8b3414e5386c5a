// Package basketspb is baskets' contract.
package basketspb

// Basket is a basket as other services see it.
type Basket struct{ ID string }
