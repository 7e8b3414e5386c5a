// Package handler answers the billing service's requests.
package handler

import "net/http"

// Invoice bills an order and tells the orders service, with no timeout.
func Invoice(w http.ResponseWriter, r *http.Request) {
	resp, err := http.Post("http://orders:8080/orders", "application/json", nil)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	resp.Body.Close()
}
