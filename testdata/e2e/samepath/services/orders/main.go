// Command orders takes orders for known users.
package main

import (
	"log"
	"net/http"

	"service/internal/handler"
)

func main() {
	http.HandleFunc("POST /orders", handler.Order)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
