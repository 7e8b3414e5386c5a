// Package storespb is stores' contract: named after the service with the
// suffix pb, it is an api package though no folder is called api or pb. An
// api package may import its own service's internals.
package storespb

import "mall/stores/internal/domain"

// Store is a store as other services see it.
type Store struct{ ID string }

// FromDomain converts the internal model.
func FromDomain(s domain.Store) Store { return Store{ID: s.ID} }
