// Package store is internal to payments.
package store

// Name names the store.
func Name() string { return "payments" }
