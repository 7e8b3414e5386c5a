package main

import (
	"net/http"

	"incoming/services/web"
	"incoming/services/web/relay"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /price", web.Price)
	relay.L = web.Looker{}
	mux.HandleFunc("GET /relay", relay.Relay)
	mux.HandleFunc("GET /bounded", relay.Bounded)
	http.ListenAndServe(":8080", mux)
}
