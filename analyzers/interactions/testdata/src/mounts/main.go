package mounts

import (
	"github.com/go-chi/chi/v5"

	"mounts/api"
)

func admin() chi.Router {
	r := chi.NewRouter()
	r.Route("/users", func(r chi.Router) {})
	return r
}

func main() {
	r := chi.NewRouter()
	r.Mount("/api/v1", api.Routes())
	v := r.Group(func(r chi.Router) {})
	sub := admin()
	v.Mount("/admin", sub)
	api.Register(r)
}
