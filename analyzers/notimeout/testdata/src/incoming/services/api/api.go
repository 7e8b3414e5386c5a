// Package api serves HTTP behind chi's middleware.Timeout (installed in
// cmd/api): the request's context has a deadline.
package api

import "net/http"

var catalog = &http.Client{}

func Price(w http.ResponseWriter, r *http.Request) {
	req, _ := http.NewRequestWithContext(r.Context(), "GET", "http://catalog/price", nil)
	catalog.Do(req)
}
