// Package store is internal to orders.
package store

// Name names the store.
func Name() string { return "orders" }
