// Package mux is a minimal stub of github.com/gorilla/mux (checked against v1.8.1).
package mux

import "net/http"

// Router registers routes to be matched and dispatches a handler.
type Router struct{}

// Route stores information to match a request and build URLs.
type Route struct{}

// NewRouter returns a new router instance.
func NewRouter() *Router { return &Router{} }

func (r *Router) ServeHTTP(w http.ResponseWriter, req *http.Request) {}

// HandleFunc registers a new route with a matcher for the URL path.
func (r *Router) HandleFunc(path string, f func(http.ResponseWriter, *http.Request)) *Route {
	return &Route{}
}

// Handle registers a new route with a matcher for the URL path.
func (r *Router) Handle(path string, handler http.Handler) *Route { return &Route{} }

// PathPrefix registers a new route with a matcher for the URL path prefix.
func (r *Router) PathPrefix(tpl string) *Route { return &Route{} }

// Methods registers a new route with a matcher for HTTP methods.
func (r *Router) Methods(methods ...string) *Route { return &Route{} }

// Subrouter creates a subrouter for the route.
func (r *Route) Subrouter() *Router { return &Router{} }

// Methods adds a matcher for HTTP methods.
func (r *Route) Methods(methods ...string) *Route { return r }

// Path adds a matcher for the URL path.
func (r *Route) Path(tpl string) *Route { return r }

// HandlerFunc sets a handler function for the route.
func (r *Route) HandlerFunc(f func(http.ResponseWriter, *http.Request)) *Route { return r }

// Handler sets a handler for the route.
func (r *Route) Handler(handler http.Handler) *Route { return r }
