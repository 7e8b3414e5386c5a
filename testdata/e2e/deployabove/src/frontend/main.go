// Command frontend serves the shop's pages; it reaches checkout and the cart
// at the addresses the deployment gives it.
package main

import (
	"net/http"
	"os"
	"strings"
	"time"
)

var client = &http.Client{Timeout: 2 * time.Second}

func placeOrder() error {
	resp, err := client.Post(os.Getenv("ORDER_BACKEND")+"/orders", "application/json", strings.NewReader("{}"))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func showCart() error {
	resp, err := client.Get("http://" + os.Getenv("BASKET_HOST") + "/cart")
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func main() {
	http.HandleFunc("/checkout", func(w http.ResponseWriter, r *http.Request) {
		if err := placeOrder(); err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
		}
	})
	http.HandleFunc("/cart", func(w http.ResponseWriter, r *http.Request) {
		if err := showCart(); err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
		}
	})
	srv := &http.Server{Addr: ":8080", ReadHeaderTimeout: 5 * time.Second}
	_ = srv.ListenAndServe()
}
