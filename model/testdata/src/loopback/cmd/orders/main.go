// Command orders serves orders on port 8081 of the machine it runs on.
package main

import "net/http"

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /orders/{id}", func(w http.ResponseWriter, r *http.Request) {})
	http.ListenAndServe(":8081", mux)
}
