package main

import (
	"net/http"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"

	"incoming/services/api"
)

func main() {
	r := chi.NewRouter()
	r.Use(middleware.Timeout(5 * time.Second))
	r.Get("/price", api.Price)
	http.ListenAndServe(":8081", r)
}
