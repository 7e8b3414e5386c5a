package model_test

import (
	"fmt"
	"path/filepath"
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
	m, fset := buildModel(t, gopath, "deadcode")
	got := syncEdges(m)
	want := []string{"orders -> billing http GET /charges", "orders -> billing http GET /legacy", "orders -> billing http GET /monthly", "orders -> billing http GET /notices"}
	if !slices.Equal(got, want) {
		t.Errorf("edges:\n%s\nwant:\n%s", join(got), join(want))
	}
	var dead []string
	for _, d := range m.DeadCalls {
		pos := fset.Position(d.Pos)
		dead = append(dead, fmt.Sprintf("%s %s:%d %s", d.Service, filepath.Base(pos.Filename), pos.Line, d.What))
	}
	slices.Sort(dead)
	if want := []string{"orders orders.go:14 http GET", "orders spare.go:11 postgres", "orders spare.go:9 http GET"}; !slices.Equal(dead, want) {
		t.Errorf("dead calls %q, want %q", dead, want)
	}
}
