// Command billing bills orders.
package main

import (
	"log"
	"net/http"

	"service/internal/handler"
)

func main() {
	http.HandleFunc("POST /invoices", handler.Invoice)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
