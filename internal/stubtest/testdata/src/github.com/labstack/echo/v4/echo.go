// Package echo is a minimal stub of github.com/labstack/echo/v4 (checked against v4.12.0).
package echo

import (
	"context"
	"net/http"
)

// Context represents the context of the current HTTP request.
// (Trimmed: the real interface has many more methods.)
type Context interface {
	Request() *http.Request
	SetRequest(r *http.Request)
	Param(name string) string
	Get(key string) interface{}
	Set(key string, val interface{})
	String(code int, s string) error
	JSON(code int, i interface{}) error
}

// HandlerFunc defines a function to serve HTTP requests.
type HandlerFunc func(c Context) error

// MiddlewareFunc defines a function to process middleware.
type MiddlewareFunc func(next HandlerFunc) HandlerFunc

// Route contains a handler and information for matching against requests.
type Route struct {
	Method string `json:"method"`
	Path   string `json:"path"`
	Name   string `json:"name"`
}

// Echo is the top-level framework instance.
type Echo struct {
	premiddleware []MiddlewareFunc
	middleware    []MiddlewareFunc
	Server        *http.Server
}

// New creates an instance of Echo.
func New() (e *Echo) { return &Echo{Server: new(http.Server)} }

// Pre adds middleware to the chain which is run before router.
func (e *Echo) Pre(middleware ...MiddlewareFunc) {
	e.premiddleware = append(e.premiddleware, middleware...)
}

// Use adds middleware to the chain which is run after router.
func (e *Echo) Use(middleware ...MiddlewareFunc) {
	e.middleware = append(e.middleware, middleware...)
}

func (e *Echo) GET(path string, h HandlerFunc, m ...MiddlewareFunc) *Route {
	return e.Add(http.MethodGet, path, h, m...)
}

func (e *Echo) POST(path string, h HandlerFunc, m ...MiddlewareFunc) *Route {
	return e.Add(http.MethodPost, path, h, m...)
}

func (e *Echo) PUT(path string, h HandlerFunc, m ...MiddlewareFunc) *Route {
	return e.Add(http.MethodPut, path, h, m...)
}

func (e *Echo) DELETE(path string, h HandlerFunc, m ...MiddlewareFunc) *Route {
	return e.Add(http.MethodDelete, path, h, m...)
}

// Add registers a new route for an HTTP method and path with matching handler
// in the router with optional route-level middleware.
func (e *Echo) Add(method, path string, handler HandlerFunc, middleware ...MiddlewareFunc) *Route {
	return &Route{Method: method, Path: path}
}

// ServeHTTP implements `http.Handler` interface, which serves HTTP requests.
func (e *Echo) ServeHTTP(w http.ResponseWriter, r *http.Request) {}

// Start starts an HTTP server.
func (e *Echo) Start(address string) error { return nil }

// Shutdown stops the server gracefully.
func (e *Echo) Shutdown(ctx context.Context) error { return nil }

// Group is a set of routes under a common prefix.
type Group struct {
	prefix string
	echo   *Echo
}

// Group creates a new router group with prefix and optional group-level middleware.
func (e *Echo) Group(prefix string, m ...MiddlewareFunc) (g *Group) {
	return &Group{prefix: prefix, echo: e}
}

// Group creates a new sub-group with prefix and optional sub-group-level middleware.
func (g *Group) Group(prefix string, middleware ...MiddlewareFunc) (sg *Group) {
	return &Group{prefix: g.prefix + prefix, echo: g.echo}
}

// GET registers a new GET route for a path with matching handler in the group.
func (g *Group) GET(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return &Route{} }

// POST registers a new POST route for a path with matching handler in the group.
func (g *Group) POST(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return &Route{} }
