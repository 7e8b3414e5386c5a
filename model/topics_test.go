package model_test

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/boundcheck/boundcheck/internal/stubtest"
)

// TestTopicsAndReach checks what a system of two services resolves
// through its shared packages and middleware: a kafka-go writer and
// reader made by a shared package's constructors (the writer's topic a
// constant inside it, the reader's a parameter main passes) and kept in a
// service's struct; NATS subjects named by a shared package's constants;
// subjects built with fmt.Sprintf in a loop over a slice of names, each a
// topic; one built from a parameter or os.Args is unknown in part, and
// reaches billing all the same, the one service whose subscriptions it
// may be. HTTP
// handlers reached through a package-level http.HandlerFunc and through
// middleware chains: a handler's call is reached from its route, at the
// call; a middleware's own call from each route it wraps (a shared
// package's, at the service's call into it); a handler behind a wrapper
// that never calls it is not reached.
func TestTopicsAndReach(t *testing.T) {
	gopath := stubtest.GOPATH(t, "testdata")
	m, fset := buildModel(t, gopath, "topics")
	var async []string
	for _, e := range m.Async {
		if e.Topic.Unknown() != (e.Why != "") {
			t.Errorf("edge %s -> %s through %s says %q: an edge through a name with unknown parts, and only such, says how it was matched", e.From, e.To, e.Topic.ID, e.Why)
		}
		p := fset.Position(e.Pub.Site)
		async = append(async, fmt.Sprintf("%s -> %s %s at %s:%d", e.From, e.To, e.Topic.ID, filepath.Base(p.Filename), p.Line))
	}
	slices.Sort(async)
	async = slices.Compact(async)
	wantAsync := []string{
		"orders -> billing kafka:payments.captured at orders.go:27",
		"orders -> billing nats:orders.cancelled at orders.go:40",
		"orders -> billing nats:orders.created at orders.go:31",
		"orders -> billing nats:orders.paid at orders.go:34",
		"orders -> billing nats:orders.shipped at orders.go:40",
		"orders -> billing unknown:orders/nats/published, orders.{?} at orders.go:43",
	}
	if !slices.Equal(async, wantAsync) {
		t.Errorf("async edges:\n%s\nwant:\n%s", strings.Join(async, "\n"), strings.Join(wantAsync, "\n"))
	}
	var reach []string
	for _, ep := range m.Endpoints {
		if ep.Service != "orders" {
			continue
		}
		var calls []string
		for _, e := range ep.Reach {
			p := fset.Position(e.Site)
			calls = append(calls, fmt.Sprintf("%s %s at %s:%d", e.To, e.Detail, filepath.Base(p.Filename), p.Line))
		}
		reach = append(reach, ep.Path+": "+strings.Join(calls, ", "))
	}
	wantReach := []string{
		"/charge: billing POST /charges at orders.go:56",
		"/health: billing GET /healthz at orders.go:68",
		"/audited: billing GET /stock at orders.go:60, billing POST /audit at orders.go:88",
		"/denied: ",
		"/verified: billing GET /verify at orders.go:52, billing GET /stock at orders.go:60",
	}
	if !slices.Equal(reach, wantReach) {
		t.Errorf("endpoint reach:\n%s\nwant:\n%s", strings.Join(reach, "\n"), strings.Join(wantReach, "\n"))
	}
}
