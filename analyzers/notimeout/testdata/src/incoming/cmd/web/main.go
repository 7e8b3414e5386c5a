package main

import (
	"net/http"

	"incoming/services/web"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /price", web.Price)
	http.ListenAndServe(":8080", mux)
}
