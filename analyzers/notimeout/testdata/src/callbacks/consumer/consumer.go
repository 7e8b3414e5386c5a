// Package consumer runs a message handler in a loop, with a context of its
// own that has no deadline.
package consumer

import "context"

// Start calls handle for each message with the process context.
func Start(next func() []byte, handle func(ctx context.Context, msg []byte) error) { // want Start:`callback\[\{1 context.Background\(\), which has no deadline\}\]`
	ctx := context.Background()
	for {
		handle(ctx, next())
	}
}

// StartWith hands its own context on.
func StartWith(ctx context.Context, next func() []byte, handle func(ctx context.Context, msg []byte) error) { // want StartWith:`callback\[\{2 0\}\]`
	for {
		handle(ctx, next())
	}
}
