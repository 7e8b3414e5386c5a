// Package store is shared: the interface both services implement.
package store

import "context"

type Store interface {
	Save(ctx context.Context, id string) error
}
