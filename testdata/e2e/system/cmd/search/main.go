// Command search serves product search.
package main

import (
	"log"
	"net/http"
	"time"

	"example.com/system/services/search"
)

func main() {
	server := &http.Server{Addr: ":8080", Handler: new(search.Index).Router(), ReadHeaderTimeout: 5 * time.Second}
	log.Fatal(server.ListenAndServe())
}
