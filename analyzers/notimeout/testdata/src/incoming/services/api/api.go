// Package api serves HTTP behind chi's middleware.Timeout (installed in
// cmd/api): the request's context has a deadline.
package api

import (
	"net/http"
	"net/http/httputil"
	"net/url"
)

var catalog = &http.Client{}

func Price(w http.ResponseWriter, r *http.Request) {
	req, _ := http.NewRequestWithContext(r.Context(), "GET", "http://catalog/price", nil)
	catalog.Do(req)
}

// Forward proxies to users behind the same timeout: bounded.
func Forward(w http.ResponseWriter, r *http.Request) {
	target, _ := url.Parse("http://users:8080")
	httputil.NewSingleHostReverseProxy(target).ServeHTTP(w, r)
}
