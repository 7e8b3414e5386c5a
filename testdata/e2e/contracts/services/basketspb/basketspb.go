// Package basketspb is baskets' contract, in a folder beside the service's.
package basketspb

// Basket is a basket as other services see it.
type Basket struct{ ID string }
