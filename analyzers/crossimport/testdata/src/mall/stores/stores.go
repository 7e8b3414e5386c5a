// Package stores is the root package of service stores: the entry point
// that a composition root wires up.
package stores

import "mall/stores/internal/domain"

// Root starts the module.
func Root() string { return domain.Store{}.ID }
