// Command users serves the user directory.
package main

import (
	"log"
	"net/http"

	"service/internal/handler"
)

func main() {
	http.HandleFunc("GET /users/{id}", handler.User)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
