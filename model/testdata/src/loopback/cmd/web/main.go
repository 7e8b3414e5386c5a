// Command web calls the services beside it on the local machine.
package main

import (
	"net/http"
	"os"
	"strings"
)

// getenv returns the variable's value, else def.
func getenv(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

func main() {
	http.Get("http://localhost:8081/orders/7")                            // orders listens on 8081
	http.Get("http://127.0.0.1:8082/stock")                               // stock's Addr
	http.Post("http://localhost:8083/entries", "", strings.NewReader("")) // ledger, through platform/server
	http.Get("http://localhost:9999/x")                                   // nobody listens on 9999
	http.Get("http://localhost:8090/x")                                   // alpha and beta both do
	http.Get("http://localhost:8095/x")                                   // only stock's dead code would
	http.Get("http://localhost:8080/items")                               // catalog, gin's default port
	http.Get("http://10.0.0.5:8081/x")
	// The deployment sets ORDERS_URL: its service, not the default's
	// local machine, where nothing listens on 9998.
	http.Get(getenv("ORDERS_URL", "http://localhost:9998") + "/orders/9") // not this machine
}
