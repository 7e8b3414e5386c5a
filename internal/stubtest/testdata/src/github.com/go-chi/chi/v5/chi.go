// Package chi is a minimal stub of github.com/go-chi/chi/v5 (checked against v5.3.2).
package chi

import "net/http"

// NewRouter returns a new Mux object that implements the Router interface.
func NewRouter() *Mux { return NewMux() }

// Router consisting of the core routing methods used by chi's Mux,
// using only the standard net/http.
type Router interface {
	http.Handler
	Routes

	Use(middlewares ...func(http.Handler) http.Handler)
	With(middlewares ...func(http.Handler) http.Handler) Router
	Group(fn func(r Router)) Router
	Route(pattern string, fn func(r Router)) Router
	Mount(pattern string, h http.Handler)

	Handle(pattern string, h http.Handler)
	HandleFunc(pattern string, h http.HandlerFunc)

	Method(method, pattern string, h http.Handler)
	MethodFunc(method, pattern string, h http.HandlerFunc)

	Connect(pattern string, h http.HandlerFunc)
	Delete(pattern string, h http.HandlerFunc)
	Get(pattern string, h http.HandlerFunc)
	Head(pattern string, h http.HandlerFunc)
	Options(pattern string, h http.HandlerFunc)
	Patch(pattern string, h http.HandlerFunc)
	Post(pattern string, h http.HandlerFunc)
	Put(pattern string, h http.HandlerFunc)
	Query(pattern string, h http.HandlerFunc)
	Trace(pattern string, h http.HandlerFunc)

	NotFound(h http.HandlerFunc)
	MethodNotAllowed(h http.HandlerFunc)
}

// Routes interface adds two methods for router traversal, which is also
// used by the `docgen` subpackage to generation documentation for Routers.
type Routes interface {
	Routes() []Route
	Middlewares() Middlewares
	Match(rctx *Context, method, path string) bool
	Find(rctx *Context, method, path string) string
}

// Middlewares type is a slice of standard middleware handlers with methods
// to compose middleware chains and http.Handler's.
type Middlewares []func(http.Handler) http.Handler

// Route describes the details of a routing handler.
type Route struct {
	SubRoutes Routes
	Handlers  map[string]http.Handler
	Pattern   string
}

// Context is the default routing context set on the root node of a
// request context to track route patterns, URL parameters and
// an optional routing path.
type Context struct {
	Routes    Routes
	RoutePath string
}

// URLParam returns the url parameter from a http.Request object.
func URLParam(r *http.Request, key string) string { return "" }

// Mux is a simple HTTP route multiplexer that parses a request path,
// records any URL params, and executes an end handler.
type Mux struct {
	middlewares []func(http.Handler) http.Handler
}

var _ Router = (*Mux)(nil)

// NewMux returns a newly initialized Mux object that implements the Router
// interface.
func NewMux() *Mux { return &Mux{} }

func (mx *Mux) ServeHTTP(w http.ResponseWriter, r *http.Request) {}

func (mx *Mux) Use(middlewares ...func(http.Handler) http.Handler) {
	mx.middlewares = append(mx.middlewares, middlewares...)
}

func (mx *Mux) Handle(pattern string, handler http.Handler) {}

func (mx *Mux) HandleFunc(pattern string, handlerFn http.HandlerFunc) {}

func (mx *Mux) Method(method, pattern string, handler http.Handler) {}

func (mx *Mux) MethodFunc(method, pattern string, handlerFn http.HandlerFunc) {}

func (mx *Mux) Connect(pattern string, handlerFn http.HandlerFunc) {}

func (mx *Mux) Delete(pattern string, handlerFn http.HandlerFunc) {}

func (mx *Mux) Get(pattern string, handlerFn http.HandlerFunc) {}

func (mx *Mux) Head(pattern string, handlerFn http.HandlerFunc) {}

func (mx *Mux) Options(pattern string, handlerFn http.HandlerFunc) {}

func (mx *Mux) Patch(pattern string, handlerFn http.HandlerFunc) {}

func (mx *Mux) Post(pattern string, handlerFn http.HandlerFunc) {}

func (mx *Mux) Put(pattern string, handlerFn http.HandlerFunc) {}

func (mx *Mux) Query(pattern string, handlerFn http.HandlerFunc) {}

func (mx *Mux) Trace(pattern string, handlerFn http.HandlerFunc) {}

func (mx *Mux) NotFound(handlerFn http.HandlerFunc) {}

func (mx *Mux) MethodNotAllowed(handlerFn http.HandlerFunc) {}

func (mx *Mux) With(middlewares ...func(http.Handler) http.Handler) Router {
	im := &Mux{}
	im.middlewares = append(append(im.middlewares, mx.middlewares...), middlewares...)
	return im
}

func (mx *Mux) Group(fn func(r Router)) Router {
	im := mx.With()
	if fn != nil {
		fn(im)
	}
	return im
}

func (mx *Mux) Route(pattern string, fn func(r Router)) Router {
	subRouter := NewRouter()
	if fn != nil {
		fn(subRouter)
	}
	mx.Mount(pattern, subRouter)
	return subRouter
}

func (mx *Mux) Mount(pattern string, handler http.Handler) {}

func (mx *Mux) Routes() []Route { return nil }

func (mx *Mux) Middlewares() Middlewares { return mx.middlewares }

func (mx *Mux) Match(rctx *Context, method, path string) bool { return false }

func (mx *Mux) Find(rctx *Context, method, path string) string { return "" }
