// Package lifecycle runs a function with the process's context.
package lifecycle

import (
	"context"
	"os"
	"os/signal"
	"time"
)

// Run calls fn with a context that ends on an interrupt, and has no
// deadline.
func Run(fn func(ctx context.Context) error) error { // want Run:`callback\[\{0 context.Background\(\), which has no deadline`
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	return fn(ctx)
}

// Go calls fn with the background context.
func Go(fn func(ctx context.Context) error) { // want Go:`callback\[\{0 context.Background\(\), which has no deadline`
	go fn(context.Background())
}

// Within gives fn a deadline.
func Within(d time.Duration, fn func(ctx context.Context) error) error {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	return fn(ctx)
}
