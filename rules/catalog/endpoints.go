package catalog

import "go/types"

// This file is the catalog of route registrations: the functions of HTTP
// routers that register a handler, or make a sub-router under a prefix.

// A Route describes a router method that registers handlers.
type Route struct {
	// Method is the HTTP method it registers ("" for any); MethodArg, when
	// not -1, is the argument that holds it (chi's Method, gin's Handle).
	Method    string
	MethodArg int
	PathArg   int
	// HandlerArg is the handler's argument; -1 means the last one (gin's
	// handlers ...HandlerFunc, whose last is the handler).
	HandlerArg int
	// Prefix marks a function that returns (or hands its callback) a
	// sub-router whose routes all start with PathArg (gin's Group, chi's
	// Route, gorilla's PathPrefix); PathArg -1 adds nothing (chi's Group).
	Prefix bool
	// Callback, for a Prefix function, is the argument whose function
	// receives the sub-router (chi's Route(pattern, func(r chi.Router))), or
	// -1 when the sub-router is the result.
	Callback int
}

var routes = make(map[string]Route)

var httpMethods = []string{"Get", "Head", "Post", "Put", "Patch", "Delete", "Connect", "Options", "Trace"}

func init() {
	upper := func(m string) string {
		b := []byte(m)
		for i := range b {
			if 'a' <= b[i] && b[i] <= 'z' {
				b[i] -= 'a' - 'A'
			}
		}
		return string(b)
	}
	// chi: methods of the Router interface and of *Mux.
	for _, chi := range []string{"github.com/go-chi/chi/v5", "github.com/go-chi/chi"} {
		for _, recv := range []string{"(" + chi + ".Router)", "(*" + chi + ".Mux)"} {
			for _, m := range httpMethods {
				routes[recv+"."+m] = Route{Method: upper(m), MethodArg: -1, PathArg: 0, HandlerArg: 1}
			}
			routes[recv+".Handle"] = Route{MethodArg: -1, PathArg: 0, HandlerArg: 1}
			routes[recv+".HandleFunc"] = Route{MethodArg: -1, PathArg: 0, HandlerArg: 1}
			routes[recv+".Method"] = Route{MethodArg: 0, PathArg: 1, HandlerArg: 2}
			routes[recv+".MethodFunc"] = Route{MethodArg: 0, PathArg: 1, HandlerArg: 2}
			routes[recv+".Route"] = Route{MethodArg: -1, PathArg: 0, Prefix: true, Callback: 1}
			routes[recv+".Group"] = Route{MethodArg: -1, PathArg: -1, Prefix: true, Callback: 0}
			routes[recv+".With"] = Route{MethodArg: -1, PathArg: -1, Prefix: true, Callback: -1}
		}
	}
	// gin: *RouterGroup, which *Engine embeds.
	gin := "(*" + GinPath + ".RouterGroup)"
	for _, m := range []string{"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"} {
		routes[gin+"."+m] = Route{Method: m, MethodArg: -1, PathArg: 0, HandlerArg: -1}
	}
	routes[gin+".Any"] = Route{MethodArg: -1, PathArg: 0, HandlerArg: -1}
	routes[gin+".Handle"] = Route{MethodArg: 0, PathArg: 1, HandlerArg: -1}
	routes[gin+".Group"] = Route{MethodArg: -1, PathArg: 0, Prefix: true, Callback: -1}
	// echo: *Echo and *Group.
	for _, recv := range []string{"(*" + EchoPath + ".Echo)", "(*" + EchoPath + ".Group)"} {
		for _, m := range []string{"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "CONNECT", "TRACE"} {
			routes[recv+"."+m] = Route{Method: m, MethodArg: -1, PathArg: 0, HandlerArg: 1}
		}
		routes[recv+".Any"] = Route{MethodArg: -1, PathArg: 0, HandlerArg: 1}
		routes[recv+".Add"] = Route{MethodArg: 0, PathArg: 1, HandlerArg: 2}
		routes[recv+".Group"] = Route{MethodArg: -1, PathArg: 0, Prefix: true, Callback: -1}
	}
	// gorilla/mux: the method comes from a .Methods call on the result.
	gorilla := "github.com/gorilla/mux"
	routes["(*"+gorilla+".Router).HandleFunc"] = Route{MethodArg: -1, PathArg: 0, HandlerArg: 1}
	routes["(*"+gorilla+".Router).Handle"] = Route{MethodArg: -1, PathArg: 0, HandlerArg: 1}
	routes["(*"+gorilla+".Route).HandlerFunc"] = Route{MethodArg: -1, PathArg: -1, HandlerArg: 0}
	routes["(*"+gorilla+".Route).Handler"] = Route{MethodArg: -1, PathArg: -1, HandlerArg: 0}
	routes["(*"+gorilla+".Router).PathPrefix"] = Route{MethodArg: -1, PathArg: 0, Prefix: true, Callback: -1}
	routes["(*"+gorilla+".Route).Subrouter"] = Route{MethodArg: -1, PathArg: -1, Prefix: true, Callback: -1}
	routes["(*"+gorilla+".Route).Methods"] = Route{MethodArg: -1, PathArg: -1, Prefix: true, Callback: -1}
	routes["(*"+gorilla+".Router).Methods"] = Route{MethodArg: -1, PathArg: -1, Prefix: true, Callback: -1}
	routes["(*"+gorilla+".Route).Path"] = Route{MethodArg: -1, PathArg: 0, Prefix: true, Callback: -1}
}

// mounts are the functions that mount a router (or any handler) under a
// prefix: chi's Mount(pattern, handler).
var mounts = map[string]bool{
	"(github.com/go-chi/chi/v5.Router).Mount": true, "(*github.com/go-chi/chi/v5.Mux).Mount": true,
	"(github.com/go-chi/chi.Router).Mount": true, "(*github.com/go-chi/chi.Mux).Mount": true,
}

// routerConstructors make a new, empty router.
var routerConstructors = map[string]bool{
	"github.com/go-chi/chi/v5.NewRouter": true, "github.com/go-chi/chi/v5.NewMux": true,
	"github.com/go-chi/chi.NewRouter": true, "github.com/go-chi/chi.NewMux": true,
	"github.com/gorilla/mux.NewRouter": true, "net/http.NewServeMux": true,
}

// muxHandles register a handler on net/http's ServeMux, or on the
// DefaultServeMux: the pattern ("[METHOD ][HOST]/PATH") first, the
// handler second.
var muxHandles = map[string]bool{
	"(*net/http.ServeMux).HandleFunc": true, "(*net/http.ServeMux).Handle": true,
	"net/http.HandleFunc": true, "net/http.Handle": true,
}

// IsMuxHandle reports whether fn registers a handler on a net/http
// ServeMux (Handle, HandleFunc).
func IsMuxHandle(fn *types.Func) bool { return fn != nil && muxHandles[fn.Origin().FullName()] }

// IsMount reports whether fn mounts a handler under a prefix (its first
// argument; the handler is its second).
func IsMount(fn *types.Func) bool { return fn != nil && mounts[fn.Origin().FullName()] }

// IsRouterConstructor reports whether fn makes a new router.
func IsRouterConstructor(fn *types.Func) bool {
	return fn != nil && routerConstructors[fn.Origin().FullName()]
}

// RouteOf returns the catalog entry for a router function, if fn is one.
func RouteOf(fn *types.Func) (Route, bool) {
	if fn == nil {
		return Route{}, false
	}
	r, ok := routes[fn.Origin().FullName()]
	return r, ok
}

// IsGorillaMethods reports whether fn is gorilla/mux's Methods (on a
// Route or a Router), which sets the HTTP methods of a route.
func IsGorillaMethods(fn *types.Func) bool {
	if fn == nil {
		return false
	}
	n := fn.FullName()
	return n == "(*github.com/gorilla/mux.Route).Methods" || n == "(*github.com/gorilla/mux.Router).Methods"
}
