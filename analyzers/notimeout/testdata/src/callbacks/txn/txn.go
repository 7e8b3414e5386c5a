// Package txn runs a function in a transaction, with the caller's context.
package txn

import "context"

// Run passes its context to fn unchanged.
func Run(ctx context.Context, fn func(ctx context.Context) error) error { // want Run:`callback\[\{1 0\}\]`
	return fn(ctx)
}
