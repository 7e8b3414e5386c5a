package catalog

import (
	"go/types"
	"strings"
)

// Dapr service invocation, as the Go SDK and the sidecar's HTTP API spell
// it (model/dapr.go turns it into edges): a client's InvokeMethod calls
// the method of the app whose Dapr app-id it names, a service's
// AddServiceInvocationHandler serves a method by name, and a plain HTTP
// request to the sidecar names the app in a dapr-app-id header or in the
// path /v1.0/invoke/<app-id>/method/<method>.

// A DaprInvoke is where a Dapr client's invocation method takes its
// arguments.
type DaprInvoke struct {
	Ctx, AppID, Method, Verb int
}

// daprInvokes are the Go SDK client's invocation methods, on the Client
// interface and on *GRPCClient, which implements it.
var daprInvokes = map[string]DaprInvoke{}

// daprHandlers are the methods that serve a method by name: the
// common.Service interface's, and the HTTP and gRPC services'.
var daprHandlers = map[string]bool{}

func init() {
	for _, recv := range []string{"(" + DaprClientPath + ".Client)", "(*" + DaprClientPath + ".GRPCClient)"} {
		for _, m := range []string{"InvokeMethod", "InvokeMethodWithContent", "InvokeMethodWithCustomContent"} {
			daprInvokes[recv+"."+m] = DaprInvoke{Ctx: 0, AppID: 1, Method: 2, Verb: 3}
		}
	}
	for _, recv := range append([]string{"(" + DaprServicePath + ".Service)"}, daprServers()...) {
		daprHandlers[recv+".AddServiceInvocationHandler"] = true
	}
}

// DaprInvokeOf returns where fn, a Dapr client's invocation method
// ((github.com/dapr/go-sdk/client.Client).InvokeMethodWithContent), takes
// the app-id, the method and the verb.
func DaprInvokeOf(fn *types.Func) (DaprInvoke, bool) {
	if fn == nil {
		return DaprInvoke{}, false
	}
	d, ok := daprInvokes[fn.Origin().FullName()]
	return d, ok
}

// DaprInvocationHandler reports whether fn registers a Dapr service
// invocation handler, (name, handler): AddServiceInvocationHandler of
// common.Service and of the HTTP and gRPC services.
func DaprInvocationHandler(fn *types.Func) bool {
	return fn != nil && daprHandlers[fn.Origin().FullName()]
}

// DaprAppIDHeader reports whether name is the header that tells the Dapr
// sidecar which app a request is for ("dapr-app-id", in any case).
func DaprAppIDHeader(name string) bool { return strings.EqualFold(name, "dapr-app-id") }

// DaprInvokePath splits the path of a request to the sidecar's invocation
// API, "/v1.0/invoke/<app-id>/method/<method...>", into the app-id and the
// method's path ("/<method...>"); false for any other path. The app-id may
// carry a namespace ("orders.prod": DaprAppName drops it).
func DaprInvokePath(path string) (appID, method string, ok bool) {
	rest, ok := strings.CutPrefix(path, "/v1.0/invoke/")
	if !ok {
		return "", "", false
	}
	appID, method, ok = strings.Cut(rest, "/method")
	if !ok || appID == "" || strings.Contains(appID, "/") || method != "" && method[0] != '/' {
		return "", "", false
	}
	if method == "" {
		method = "/"
	}
	return appID, method, true
}

// DaprAppName returns the app-id an invocation names without the namespace
// it may carry: "orders" for "orders.prod".
func DaprAppName(appID string) string {
	name, _, _ := strings.Cut(appID, ".")
	return name
}
