// Package orders is the root package of service orders: the entry point of the
// module, which its own binary and the monolith build both start.
package orders

import "example.com/monolith/services/orders/store"

// Start starts the module.
func Start() string { return store.Name() }
