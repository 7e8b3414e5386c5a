package interactions_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/boundcheck/boundcheck/analyzers/interactions"
	"github.com/boundcheck/boundcheck/rules"
)

// TestEndpoints checks the endpoints found in a package that uses a
// ServeMux with Go 1.22 patterns and registers a generated gRPC service.
func TestEndpoints(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), interactions.New(rules.Empty()), "endpoints")
	var got []string
	for _, r := range results {
		for _, e := range r.Result.(*interactions.Result).Endpoints {
			h := "<closure or unknown>"
			if e.Handler != nil {
				h = e.Handler.FullName()
			}
			got = append(got, e.String()+" -> "+h)
		}
	}
	want := []string{
		"GET /orders/{id} -> (*endpoints.handler).getOrder",
		"POST /api/v1/orders -> (*endpoints.handler).create",
		"api.example.com/docs/ -> <closure or unknown>",
		"? -> endpoints.healthz",
		"/healthz -> endpoints.healthz",
		"grpc /orders.v1.Orders/GetOrder -> (*endpoints.ordersServer).GetOrder",
		"grpc /orders.v1.Orders/WatchOrders -> (ordersapi/pb.UnimplementedOrdersServer).WatchOrders",
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
