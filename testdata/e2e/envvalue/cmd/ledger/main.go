// Command ledger serves the balances.
package main

import (
	"log"
	"net/http"
)

func main() {
	http.HandleFunc("GET /balances/{id}", func(w http.ResponseWriter, r *http.Request) {})
	log.Fatal(http.ListenAndServe(":8080", nil))
}
