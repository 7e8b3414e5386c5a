package model_test

import (
	"slices"
	"testing"

	"github.com/boundcheck/boundcheck/internal/stubtest"
)

// TestLauncher checks one binary that starts each service by a cobra
// subcommand: orders and billing are services, and the call in billing's
// client, which orders runs and billing's own subcommand never reaches,
// is orders' call to billing, not a call of billing to itself, whether it
// is made in billing's package or in a shared wrapper.
func TestLauncher(t *testing.T) {
	gopath := stubtest.GOPATH(t, "testdata")
	m, _ := buildModel(t, gopath, "launcher")
	got := syncEdges(m)
	want := []string{"orders -> billing http GET /invoices", "orders -> billing http GET /totals"}
	if !slices.Equal(got, want) {
		t.Errorf("edges:\n%s\nwant:\n%s", join(got), join(want))
	}
	for _, e := range m.SelfCalls {
		t.Errorf("self call: %s -> %s %s at %v", e.From, e.To, e.Detail, e.Call.Pos)
	}
}
