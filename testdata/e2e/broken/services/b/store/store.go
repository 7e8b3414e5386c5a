// Package store does not type check.
package store

// Limit is declared with the wrong type on purpose.
var Limit int = "ten"
