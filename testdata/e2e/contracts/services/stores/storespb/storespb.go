// Package storespb is stores' contract, named after the service.
package storespb

// Store is a store as other services see it.
type Store struct{ ID string }
