// Package baskets is the root package of service baskets; it knows stores
// through its contract only.
package baskets

import (
	"mall/internal/am"
	"mall/stores/storespb"
)

// Root starts the module.
func Root() string { return am.Name() + storespb.Store{}.ID }
