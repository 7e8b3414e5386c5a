package interactions_test

import (
	"go/types"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/boundcheck/boundcheck/internal/stubtest"
	"github.com/boundcheck/boundcheck/model"
)

// TestEndpoints checks the endpoints found in a package that uses a
// ServeMux with Go 1.22 patterns and registers a generated gRPC service.
func TestEndpoints(t *testing.T) {
	t.Parallel()
	got := endpointsOf(t, "endpoints", (*types.Func).FullName)
	want := []string{
		"GET /orders/{id} -> (*endpoints.handler).getOrder",
		"POST /api/v1/orders -> (*endpoints.handler).create",
		"api.example.com/docs/ -> <closure or unknown>",
		"? -> endpoints.healthz",
		"/healthz -> endpoints.healthz",
		"grpc /orders.v1.Orders/GetOrder -> (*endpoints.ordersServer).GetOrder",
		"grpc /orders.v1.Orders/WatchOrders -> (ordersapi/pb.UnimplementedOrdersServer).WatchOrders",
		"GET /v2/orders/{id} -> (*endpoints.handler).getOrder",
		"POST /v2/orders -> (*endpoints.handler).create",
	}
	if len(got) != len(want) {
		t.Fatalf("got %d endpoints, want %d:\n%q", len(got), len(want), got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("endpoint %d: got %q, want %q", i, got[i], want[i])
		}
	}
}

// TestRouters checks routes on chi, gin, echo and gorilla/mux routers,
// with the prefixes of groups, chi's Route callbacks and sub-routers.
func TestRouters(t *testing.T) {
	t.Parallel()
	got := endpointsOf(t, "routers", (*types.Func).Name)
	want := []string{
		"GET /healthz -> <closure or unknown>",
		"GET /v1/orders -> listOrders",
		"GET /v1/orders/{id}/ -> getOrder",
		"DELETE /v1/orders/{id} -> getOrder",
		"GET /api/v1/stock/:sku -> stock",
		"POST /login -> stock",
		"PUT /profile -> stock",
		"GET /admin/users -> users",
		"PATCH /users/:id -> users",
		"GET /orders -> listOrders",
		"GET /v2/orders/{id} -> getOrder",
		"POST /orders -> listOrders",
		"GET /v3/orders -> listOrders",
		"DELETE /v3/orders/{id} -> getOrder",
	}
	sameLines(t, "endpoints", got, want)
}

// endpointsOf runs the analyzer on the case folder and renders each
// endpoint as "ENDPOINT -> handler", naming the handler with name.
func endpointsOf(t *testing.T, folder string, name func(*types.Func) string) []string {
	t.Helper()
	var got []string
	for _, r := range run(t, folder) {
		for _, e := range r.Result.(*model.Result).Endpoints {
			h := "<closure or unknown>"
			if e.Handler != nil {
				h = name(e.Handler)
			}
			got = append(got, e.String()+" -> "+h)
		}
	}
	return got
}

// testdata is a GOPATH with the shared library stubs and this analyzer's
// case folders.
func testdata(t *testing.T) string { return stubtest.GOPATH(t, analysistest.TestData()) }

// sameLines reports got and want, what they list, unless they are equal.
func sameLines(t *testing.T, what string, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s:\n%s\nwant:\n%s", what, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestMiddleware checks where the handlers of routes behind middleware
// start: a package-level http.HandlerFunc variable's literal, a local
// variable's handler, the literals middleware returns and the handler it
// wraps, a handler type's ServeHTTP (a literal, a constructor's result)
// and a chain of middleware, another package's middleware after the
// handler it wraps; a wrapper that never uses the handler it is given
// (deny) starts only at its own literal, and another package's function
// that takes no handler is no entry.
func TestMiddleware(t *testing.T) {
	t.Parallel()
	var got []string
	for _, r := range run(t, "middleware/...") {
		for _, e := range r.Result.(*model.Result).Endpoints {
			got = append(got, e.String()+" -> "+renderNodes(r.Pass.Fset, e.Entries))
		}
	}
	want := []string{
		"/charge -> charge,func@28,func@20",
		"/health -> func@16",
		"/stock -> stock",
		"/refund -> func@33",
		"/orders -> (*middleware.ordersHandler).ServeHTTP",
		"/orders/ -> (*middleware.ordersHandler).ServeHTTP,func@20",
		"/chained -> charge,auth",
		"/timed -> stock,func@38",
		"/verified -> stock,Verify",
		"/named -> ",
	}
	sameLines(t, "entries", got, want)
}
