// Command ledger listens through the shared server package, which is
// given its port.
package main

import (
	"net/http"

	"loopback/platform/server"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /entries", func(w http.ResponseWriter, r *http.Request) {})
	server.Run(8083, mux)
}
