// Package ordering is the root package of service ordering.
package ordering

import (
	"mall/baskets/basketspb"
	"mall/internal/am"
	"mall/stores/storespb"
)

// Root starts the module.
func Root() string { return am.Name() + basketspb.Basket{}.ID + storespb.Store{}.ID }
