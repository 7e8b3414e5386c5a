// Package custom writes its own timeout middleware: it puts a context with
// a deadline back on every request it serves.
package custom

import (
	"context"
	"net/http"
	"time"
)

var catalog = &http.Client{}

func withDeadline(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 3*time.Second)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

func price(w http.ResponseWriter, r *http.Request) {
	req, _ := http.NewRequestWithContext(r.Context(), "GET", "http://catalog/price", nil)
	catalog.Do(req)
}

func Routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /price", price)
	return withDeadline(mux)
}
