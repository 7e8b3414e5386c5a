// Package store is internal to billing.
package store

// Name names the store.
func Name() string { return "billing" }
