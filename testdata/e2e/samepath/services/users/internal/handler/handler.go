// Package handler answers the users service's requests.
package handler

import "net/http"

// User writes one user.
func User(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte(`{"id":"` + r.PathValue("id") + `"}`))
}
