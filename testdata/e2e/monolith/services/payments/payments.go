// Package payments is the root package of service payments: the entry point of the
// module, which its own binary and the monolith build both start.
package payments

import "example.com/monolith/services/payments/store"

// Start starts the module.
func Start() string { return store.Name() }
