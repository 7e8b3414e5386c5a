// Package handler answers the orders service's requests.
package handler

import (
	"net/http"
	"time"
)

var client = &http.Client{Timeout: 2 * time.Second}

// Order checks the user, then takes the order.
func Order(w http.ResponseWriter, r *http.Request) {
	resp, err := client.Get("http://users:8080/users/" + r.FormValue("user"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	resp.Body.Close()
	w.WriteHeader(http.StatusCreated)
}
