// Package domain is internal to service b.
package domain

// Order is b's own model.
type Order struct{ ID string }
