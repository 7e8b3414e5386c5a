package model_test

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/boundcheck/boundcheck/graph"
	"github.com/boundcheck/boundcheck/internal/stubtest"
	"github.com/boundcheck/boundcheck/rules"
)

// TestWrappedBinding checks AMQP bindings made through a shared wrapper
// whose queue name is its caller's: email binds email_queue and consumes
// it, so its consume is linked through the binding (one edge from order,
// none from the queue); stats consumes a queue it did not bind, which
// still shows as an edge from that queue, and binds one it never
// consumes, which receives nothing of stats' (no edge from order).
func TestWrappedBinding(t *testing.T) {
	gopath := stubtest.GOPATH(t, "testdata")
	m, fset := buildModel(t, gopath, "amqpwrap")
	g := graph.Build(rules.Empty(), m, fset, filepath.Base)
	var got []string
	for _, e := range g.Edges {
		if e.Kind == "async" {
			got = append(got, e.From+" -> "+e.To+" "+e.Detail)
		}
	}
	slices.Sort(got)
	want := []string{
		"amqp:stats_feed -> stats stats_feed",
		"order -> email shop/payment.done",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
