// Command orders takes orders and asks payments to charge them.
package main

import (
	"log"
	"net/http"

	"example.com/nested/services/orders/internal/store"
)

func main() {
	s := store.New()
	http.HandleFunc("POST /orders", func(w http.ResponseWriter, r *http.Request) {
		s.Add(r.URL.Query().Get("id"))
		resp, err := http.Post("http://payments:8080/charges", "application/json", nil)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		resp.Body.Close()
	})
	log.Fatal(http.ListenAndServe(":8080", nil))
}
