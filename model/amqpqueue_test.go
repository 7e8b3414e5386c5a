package model_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/boundcheck/boundcheck/internal/stubtest"
)

// TestServerNamedQueue checks an AMQP consume of a queue the server
// names: where the same function binds it (billing), it receives what the
// bindings name, and its consumer is of those topics, with no unknown and
// one edge (the binding's); where nothing in sight binds it (audit), it
// stays its service's unknown.
func TestServerNamedQueue(t *testing.T) {
	gopath := stubtest.GOPATH(t, "testdata")
	m, _ := buildModel(t, gopath, "amqpqueue")
	var got []string
	for _, e := range m.Async {
		got = append(got, fmt.Sprintf("%s -> %s %s (%s)", e.From, e.To, e.Topic.ID, e.Sub.Role))
	}
	for _, c := range m.Consumers {
		var ts []string
		for _, t := range c.Topics {
			ts = append(ts, t.ID)
		}
		got = append(got, fmt.Sprintf("consumer %s: %s", c.Ref.Service, strings.Join(ts, " ")))
	}
	slices.Sort(got)
	got = slices.Compact(got)
	want := []string{
		"consumer audit: unknown:audit/amqp/consumed",
		"consumer billing: amqp:events/order.paid",
		"orders -> billing amqp:events/order.paid (bind)", // one edge, at the binding
	}
	if !slices.Equal(got, want) {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
