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

// TestSetUpBindings checks bindings made by set-up code that services
// run (a shared package declaring all queues): a binding is a consume of
// its service only when that service consumes the queue (shipping, whose
// edge is its binding's). What is published to the exchange reaches the
// services that consume the bound queue, also one that runs no set-up
// (invoicing, consuming the dead letters), and not every service that
// ran the set-up (billing, orders).
func TestSetUpBindings(t *testing.T) {
	gopath := stubtest.GOPATH(t, "testdata")
	m, _ := buildModel(t, gopath, "amqpsetup")
	var got []string
	for _, e := range m.Async {
		got = append(got, fmt.Sprintf("%s -> %s %s (%s %s)", e.From, e.To, e.Topic.ID, e.Sub.Role, e.Sub.Service))
	}
	slices.Sort(got)
	got = slices.Compact(got)
	want := []string{
		"orders -> invoicing amqp:dlx/ (consume invoicing)",
		"orders -> shipping amqp:orders/order.paid (bind shipping)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	setUp := 0
	for _, tp := range m.Topics {
		for _, c := range tp.Consume {
			if c.Role == "bind" && c.SetUp {
				setUp++
			}
		}
	}
	// Both bindings by orders and billing, main_queue's by shipping.
	if setUp != 5 {
		t.Errorf("%d bindings marked set-up, want 5", setUp)
	}
}
