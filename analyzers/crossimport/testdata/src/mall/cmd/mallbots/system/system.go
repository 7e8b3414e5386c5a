// Package system is used by the composition root only.
package system

import (
	"mall/baskets/internal/app"
	"mall/stores/internal/domain"
)

// Boot wires the internals.
func Boot() string { return app.Run() + domain.Store{}.ID }
