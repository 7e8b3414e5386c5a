// Command orders serves the orders the gateway's resolvers fetch.
package main

import "net/http"

func main() {
	http.HandleFunc("GET /orders/{id}", func(w http.ResponseWriter, r *http.Request) {})
	http.ListenAndServe(":8080", nil)
}
