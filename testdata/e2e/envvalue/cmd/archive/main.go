// Command archive serves the balances of closed accounts, under /v2 and at
// the same path as ledger.
package main

import (
	"log"
	"net/http"
)

func main() {
	http.HandleFunc("GET /balances/{id}", func(w http.ResponseWriter, r *http.Request) {})
	http.HandleFunc("GET /v2/balances/{id}", func(w http.ResponseWriter, r *http.Request) {})
	log.Fatal(http.ListenAndServe(":8080", nil))
}
