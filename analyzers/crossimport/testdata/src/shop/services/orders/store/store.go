// Package store is internal to orders.
package store

// Save pretends to write.
func Save(int64) error { return nil }
