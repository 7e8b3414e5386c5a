// Package app is internal to baskets.
package app

// Run runs baskets' application layer.
func Run() string { return "baskets" }
