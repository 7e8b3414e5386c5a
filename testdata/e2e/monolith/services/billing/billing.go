// Package billing is the root package of service billing: the entry point of the
// module, which its own binary and the monolith build both start.
package billing

import "example.com/monolith/services/billing/store"

// Start starts the module.
func Start() string { return store.Name() }
