package catalog

import (
	"go/types"
	"slices"
	"strings"
)

// This file is the catalog of HTTP requests: the library functions that
// send a request, or build one that a client sends, with the arguments
// that carry the URL and the method.

// A Request describes where an HTTP request function takes its URL and
// method from.
type Request struct {
	URL int // index of the URL argument
	Ctx int // index of the context argument, -1 if none
	// Method is the fixed method ("GET"), or "" when MethodArg holds it.
	Method    string
	MethodArg int // -1 when Method is fixed
	// Resty marks go-resty's request methods, whose URL may be relative
	// to the client's base URL.
	Resty bool
}

var requests = make(map[string]Request)

// RequestOf returns how fn makes an HTTP request, if it does.
func RequestOf(fullName string) (Request, bool) {
	r, ok := requests[fullName]
	return r, ok
}

// RestyBaseURL reports whether fullName sets a resty client's base URL.
func RestyBaseURL(fullName string) bool { return restyBase[fullName] }

var restyBase = make(map[string]bool)

// Idempotency keys: a request that carries one (Idempotency-Key, or its
// older spelling X-Idempotency-Key) asks the server to perform it once,
// however often it is sent. Header names compare case-insensitively, as
// net/http canonicalizes them.
var idempotencyHeaders = []string{"Idempotency-Key", "X-Idempotency-Key"}

// IdempotencyHeader reports whether name is the header of an idempotency
// key ("Idempotency-Key", "idempotency-key", "X-Idempotency-Key").
func IdempotencyHeader(name string) bool {
	return slices.ContainsFunc(idempotencyHeaders, func(h string) bool { return strings.EqualFold(h, name) })
}

// headerSetters are the methods that set a header of a request from their
// arguments (name, value): net/http's Header.Set and Add, resty's
// (*Request).SetHeader.
var headerSetters = map[string]bool{"(net/http.Header).Set": true, "(net/http.Header).Add": true}

// HeaderSetter reports whether fn sets a request header named by its
// first argument: (net/http.Header).Set, Add, resty's (*Request).SetHeader.
func HeaderSetter(fn *types.Func) bool {
	return fn != nil && headerSetters[fn.Origin().FullName()]
}

func init() {
	fixed := map[string]string{"Get": "GET", "Head": "HEAD", "Post": "POST", "PostForm": "POST",
		"Put": "PUT", "Patch": "PATCH", "Delete": "DELETE", "Options": "OPTIONS"}
	for _, f := range []string{"Get", "Head", "Post", "PostForm"} {
		requests["net/http."+f] = Request{URL: 0, Ctx: -1, Method: fixed[f], MethodArg: -1}
		requests["(*net/http.Client)."+f] = Request{URL: 0, Ctx: -1, Method: fixed[f], MethodArg: -1}
		requests[RetryablePath+"."+f] = Request{URL: 0, Ctx: -1, Method: fixed[f], MethodArg: -1}
		requests["(*"+RetryablePath+".Client)."+f] = Request{URL: 0, Ctx: -1, Method: fixed[f], MethodArg: -1}
	}
	// A reverse proxy forwards every request, whatever its method, to
	// the URL it is made for.
	requests["net/http/httputil.NewSingleHostReverseProxy"] = Request{URL: 0, Ctx: -1, MethodArg: -1}
	requests["net/http.NewRequest"] = Request{URL: 1, Ctx: -1, MethodArg: 0}
	requests["net/http.NewRequestWithContext"] = Request{URL: 2, Ctx: 0, MethodArg: 1}
	requests[RetryablePath+".NewRequest"] = Request{URL: 1, Ctx: -1, MethodArg: 0}
	requests[RetryablePath+".NewRequestWithContext"] = Request{URL: 2, Ctx: 0, MethodArg: 1}
	for _, resty := range RestyPaths {
		for _, m := range []string{"Get", "Head", "Post", "Put", "Patch", "Delete", "Options"} {
			requests["(*"+resty+".Request)."+m] = Request{URL: 0, Ctx: -1, Method: fixed[m], MethodArg: -1, Resty: true}
		}
		requests["(*"+resty+".Request).Execute"] = Request{URL: 1, Ctx: -1, MethodArg: 0, Resty: true}
		restyBase["(*"+resty+".Client).SetBaseURL"] = true
		restyBase["(*"+resty+".Client).SetHostURL"] = true
		headerSetters["(*"+resty+".Request).SetHeader"] = true
	}
}
