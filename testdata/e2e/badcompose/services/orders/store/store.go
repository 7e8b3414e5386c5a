// Package store keeps the orders service's orders.
package store

import "example.com/badcompose/services/orders/api"

// Store holds orders in memory.
type Store struct{ orders map[string]api.Order }

// New returns an empty store.
func New() *Store { return &Store{orders: make(map[string]api.Order)} }

// Put stores o.
func (s *Store) Put(o api.Order) { s.orders[o.ID] = o }

// Get returns the order with the given id.
func (s *Store) Get(id string) (api.Order, bool) {
	o, ok := s.orders[id]
	return o, ok
}
