// Package middleware is a minimal stub of github.com/go-chi/chi/v5/middleware (checked against v5.3.2).
package middleware

import (
	"context"
	"net/http"
	"time"
)

// Timeout is a middleware that cancels ctx after a given timeout and return
// a 504 Gateway Timeout error to the client.
func Timeout(timeout time.Duration) func(next http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		fn := func(w http.ResponseWriter, r *http.Request) {
			ctx, cancel := context.WithTimeout(r.Context(), timeout)
			defer cancel()
			next.ServeHTTP(w, r.WithContext(ctx))
		}
		return http.HandlerFunc(fn)
	}
}

// Logger is a middleware that logs the start and end of each request.
func Logger(next http.Handler) http.Handler { return next }

// Recoverer is a middleware that recovers from panics.
func Recoverer(next http.Handler) http.Handler { return next }

// RequestID is a middleware that injects a request ID into the context of each request.
func RequestID(next http.Handler) http.Handler { return next }
