// Package tags puts values on a context: what it returns derives from the
// context it is given.
package tags

import "context"

type key struct{}

func With(ctx context.Context, v string) context.Context { return context.WithValue(ctx, key{}, v) }
