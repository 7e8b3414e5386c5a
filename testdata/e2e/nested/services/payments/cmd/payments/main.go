// Command payments charges orders.
package main

import (
	"log"
	"net/http"

	"example.com/nested/services/payments/ledger"
)

func main() {
	l := ledger.New()
	http.HandleFunc("POST /charges", func(w http.ResponseWriter, r *http.Request) {
		l.Charge()
		w.WriteHeader(http.StatusCreated)
	})
	log.Fatal(http.ListenAndServe(":8080", nil))
}
