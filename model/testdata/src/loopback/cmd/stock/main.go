// Command stock serves through an http.Server whose address is a
// variable.
package main

import "net/http"

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /stock", func(w http.ResponseWriter, r *http.Request) {})
	addr := "0.0.0.0:8082"
	srv := &http.Server{Addr: addr, Handler: mux}
	srv.ListenAndServe()
}

// debug is never called: the port it would listen on is nobody's.
func debug() {
	http.ListenAndServe(":8095", nil)
}
