package catalog

import "go/types"

// This file is the catalog of the calls that make a server listen on an
// address: a service's port, which a call to "localhost:PORT" reaches when
// the caller runs beside it (a developer's machine, one pod).

// A Listen describes a function that listens on an address.
type Listen struct {
	// AddrArg is the argument that holds the address; -1 when the
	// function has none and listens on Default.
	AddrArg int
	// Default is the address listened on when the address argument is
	// absent (gin's Run() with no argument listens on $PORT, else
	// ":8080"); "" when the argument is required.
	Default string
	// DefaultEnv is the environment variable read before Default, if any.
	DefaultEnv string
}

var listens = map[string]Listen{
	"net/http.ListenAndServe":                      {AddrArg: 0},
	"net/http.ListenAndServeTLS":                   {AddrArg: 0},
	"net.Listen":                                   {AddrArg: 1},
	"(*net.ListenConfig).Listen":                   {AddrArg: 2},
	"(*" + GinPath + ".Engine).Run":                {AddrArg: 0, Default: "8080", DefaultEnv: "PORT"},
	"(*" + GinPath + ".Engine).RunTLS":             {AddrArg: 0},
	"(*" + EchoPath + ".Echo).Start":               {AddrArg: 0},
	"(*" + EchoPath + ".Echo).StartTLS":            {AddrArg: 0},
	"(*github.com/gofiber/fiber/v2.App).Listen":    {AddrArg: 0},
	"(*github.com/gofiber/fiber/v2.App).ListenTLS": {AddrArg: 0},
	"(*github.com/gofiber/fiber/v3.App).Listen":    {AddrArg: 0},
}

// ListenOf returns how fn listens, if it is a catalogued listening call.
func ListenOf(fn *types.Func) (Listen, bool) {
	if fn == nil {
		return Listen{}, false
	}
	l, ok := listens[fn.Origin().FullName()]
	return l, ok
}

// IsHTTPServer reports whether t is net/http's Server or a pointer to it,
// whose Addr field is the address its ListenAndServe listens on.
func IsHTTPServer(t types.Type) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "net/http" && n.Obj().Name() == "Server"
}
