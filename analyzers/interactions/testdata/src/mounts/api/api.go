package api

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

// Routes makes the API's router; the server mounts it under a prefix.
func Routes() chi.Router {
	r := chi.NewRouter()
	r.Get("/orders", list)
	return r
}

// Register adds routes to a router it is given: no router of its own.
func Register(r chi.Router) {
	r.Get("/health", list)
}

func list(w http.ResponseWriter, r *http.Request) {}
