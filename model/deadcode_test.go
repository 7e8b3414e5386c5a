package model_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/boundcheck/boundcheck/internal/stubtest"
)

// TestDeadCode checks that calls in code nothing in the program can run
// draw no edge: an unexported method nothing calls, a package nothing
// imports. Calls in code that runs do, including an interface's
// implementation and the exported method of a type handed to a registry
// (which may call it by reflection); so do those of an exported function
// nothing names, which code out of sight may call.
func TestDeadCode(t *testing.T) {
	gopath := stubtest.GOPATH(t, "testdata")
	m, _ := buildModel(t, gopath, "deadcode")
	var got []string
	for _, e := range m.Sync {
		got = append(got, fmt.Sprintf("%s -> %s %s", e.From, e.To, e.Detail))
	}
	slices.Sort(got)
	want := []string{"orders -> billing GET /charges", "orders -> billing GET /legacy", "orders -> billing GET /monthly", "orders -> billing GET /notices"}
	if !slices.Equal(got, want) {
		t.Errorf("edges:\n%s\nwant:\n%s", join(got), join(want))
	}
}
