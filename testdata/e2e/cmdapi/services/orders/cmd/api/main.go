// Command api is the orders service's server binary: a main package in a
// folder named api, which is no contract.
package main

import (
	"context"
	"net/http"
	"time"

	"example.com/cmdapi/services/orders/api"
)

var billing = &http.Client{Timeout: 2 * time.Second}

// charge asks billing to charge an order.
func charge(ctx context.Context, o api.Order) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "http://billing:8080/charges", nil)
	if err != nil {
		return err
	}
	resp, err := billing.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// limits asks billing for the limits, with no timeout.
func limits() error {
	resp, err := http.Get("http://billing:8080/limits")
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /orders", func(w http.ResponseWriter, r *http.Request) {
		if err := charge(r.Context(), api.Order{ID: "o1"}); err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
		}
	})
	_ = limits()
	srv := &http.Server{Addr: ":8080", Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	_ = srv.ListenAndServe()
}
