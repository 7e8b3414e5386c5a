// Package context is a minimal stub of golang.org/x/net/context, which
// forwards to the standard library's context.
package context

import (
	"context"
	"time"
)

type Context = context.Context

type CancelFunc = context.CancelFunc

func Background() Context { return context.Background() }

func TODO() Context { return context.TODO() }

func WithTimeout(parent Context, timeout time.Duration) (Context, CancelFunc) {
	return context.WithTimeout(parent, timeout)
}

func WithDeadline(parent Context, d time.Time) (Context, CancelFunc) {
	return context.WithDeadline(parent, d)
}
