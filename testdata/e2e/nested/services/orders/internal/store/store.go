// Package store keeps the orders in memory.
package store

// A Store holds order ids.
type Store struct{ ids []string }

// New returns an empty store.
func New() *Store { return &Store{} }

// Add records an order.
func (s *Store) Add(id string) { s.ids = append(s.ids, id) }
