// Package domain is internal to orders: it is in orders' module and not in an
// api folder.
package domain

// Order is the orders service's own model.
type Order struct{ ID string }
