package catalog

import (
	"go/types"
	"strings"
)

// This file is the catalog of RPC frameworks that wrap HTTP or gRPC:
// go-kit's transports, twirp, connect-go and go-micro. Their generated code
// is recognised by what it imports and by its shape (interactions,
// rpcfw.go); this file names the libraries' packages and functions.

// GoKit transports: NewClient of the gRPC transport is a call of
// "/serviceName/method" on a connection, NewClient of the HTTP transport a
// request with a method and a *url.URL.
const (
	GoKitGRPCPath = "github.com/go-kit/kit/transport/grpc"
	GoKitHTTPPath = "github.com/go-kit/kit/transport/http"
)

// GoKitEndpointPath is go-kit's endpoint package: an Endpoint is
// func(ctx, request) (response, error), what a transport's client makes
// of a remote method and what a server wraps around the service.
const GoKitEndpointPath = "github.com/go-kit/kit/endpoint"

// IsGoKitEndpoint reports whether t is go-kit's endpoint.Endpoint.
func IsGoKitEndpoint(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == GoKitEndpointPath && n.Obj().Name() == "Endpoint"
}

// EndpointSet returns the name ("pkgpath.Name") of t, or of what t points
// to, when it is a named struct with a go-kit endpoint.Endpoint field: a
// set of endpoints (go-kit's addendpoint.Set, an Endpoints struct), which
// serves a service or, filled by clients, calls one. "" otherwise.
func EndpointSet(t types.Type) string {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || strings.HasPrefix(n.Obj().Pkg().Path(), "github.com/go-kit/") {
		return "" // go-kit's own servers and balancers hold endpoints too
	}
	st, ok := n.Underlying().(*types.Struct)
	if !ok {
		return ""
	}
	for i := 0; i < st.NumFields(); i++ {
		if IsGoKitEndpoint(st.Field(i).Type()) {
			return n.Obj().Pkg().Path() + "." + n.Obj().Name()
		}
	}
	return ""
}

// Twirp's and connect-go's runtime packages, which their generated code
// imports.
const TwirpPath = "github.com/twitchtv/twirp"

// connectPaths are connect-go's module paths: the current one and the
// module's name before v1.10.
var connectPaths = []string{"connectrpc.com/connect", "github.com/bufbuild/connect-go"}

// microPaths are go-micro's module paths, v1 to v5 and the fork
// asim/go-micro: micro.NewService, micro.Name, and the client and server
// packages below each.
var microPaths = []string{
	"github.com/micro/go-micro", "github.com/micro/go-micro/v2", "github.com/asim/go-micro/v3",
	"go-micro.dev/v4", "go-micro.dev/v5",
}

// GoKitClient says which go-kit transport's client constructor fn is:
// "grpc" (NewClient(conn, serviceName, method, ...)), "http"
// (NewClient(method, tgt *url.URL, ...)), or "".
func GoKitClient(fn *types.Func) string {
	if fn == nil || fn.Pkg() == nil || fn.Name() != "NewClient" {
		return ""
	}
	if sig, ok := fn.Type().(*types.Signature); !ok || sig.Recv() != nil {
		return ""
	}
	switch fn.Pkg().Path() {
	case GoKitGRPCPath:
		return "grpc"
	case GoKitHTTPPath:
		return "http"
	}
	return ""
}

// IsConnectPath reports whether path is connect-go's runtime package.
func IsConnectPath(path string) bool {
	for _, p := range connectPaths {
		if path == p {
			return true
		}
	}
	return false
}

// IsConnectClientCall reports whether fn is a method of connect-go's
// *Client[Req, Res] that makes a call (CallUnary, CallClientStream,
// CallServerStream, CallBidiStream).
func IsConnectClientCall(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil || !IsConnectPath(fn.Pkg().Path()) || !strings.HasPrefix(fn.Name(), "Call") {
		return false
	}
	sig, ok := fn.Type().(*types.Signature)
	return ok && sig.Recv() != nil && IsNamed(sig.Recv().Type(), fn.Pkg().Path(), "Client")
}

// IsConnectNewClient reports whether fn is connect-go's
// NewClient[Req, Res](httpClient, url, options...).
func IsConnectNewClient(fn *types.Func) bool {
	return fn != nil && fn.Pkg() != nil && IsConnectPath(fn.Pkg().Path()) && fn.Name() == "NewClient"
}

// MicroPackage returns the go-micro module path of the package at path
// ("github.com/micro/go-micro/v2" for ".../v2/client"), or "".
func MicroPackage(path string) string {
	best := ""
	for _, p := range microPaths {
		if (path == p || strings.HasPrefix(path, p+"/")) && len(p) > len(best) {
			best = p
		}
	}
	return best
}

// MicroCall says which of go-micro's client functions fn is: "request"
// for NewRequest(service, endpoint, req, ...) (the Client interface's method
// or the client package's function), "call" for Call(ctx, req, rsp, ...),
// or "".
func MicroCall(fn *types.Func) string {
	if fn == nil || fn.Pkg() == nil {
		return ""
	}
	mod := MicroPackage(fn.Pkg().Path())
	if mod == "" || fn.Pkg().Path() != mod+"/client" {
		return ""
	}
	switch fn.Name() {
	case "NewRequest":
		return "request"
	case "Call":
		return "call"
	}
	return ""
}

// IsMicroName reports whether fn is go-micro's option that names a
// service in the registry: micro.Name (or server.Name).
func IsMicroName(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil || fn.Name() != "Name" {
		return false
	}
	mod := MicroPackage(fn.Pkg().Path())
	return mod != "" && (fn.Pkg().Path() == mod || fn.Pkg().Path() == mod+"/server")
}

// IsMicroService reports whether fn makes a go-micro service from
// options: micro.NewService, micro.NewFunction.
func IsMicroService(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	mod := MicroPackage(fn.Pkg().Path())
	if mod == "" || fn.Pkg().Path() != mod {
		return false
	}
	switch fn.Name() {
	case "NewService", "NewFunction":
		return true
	}
	return false
}

// IsMicroServer reports whether t is go-micro's server.Server.
func IsMicroServer(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Name() != "Server" {
		return false
	}
	mod := MicroPackage(n.Obj().Pkg().Path())
	return mod != "" && n.Obj().Pkg().Path() == mod+"/server"
}

// ImportsPath reports whether pkg imports the package at path directly:
// twirp's and connect-go's generated code imports its runtime.
func ImportsPath(pkg *types.Package, match func(string) bool) bool {
	if pkg == nil {
		return false
	}
	for _, imp := range pkg.Imports() {
		if match(imp.Path()) {
			return true
		}
	}
	return false
}
