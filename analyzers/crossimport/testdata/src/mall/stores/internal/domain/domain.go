// Package domain is internal to stores.
package domain

// Store is the stores service's own model.
type Store struct{ ID string }
