package model_test

import (
	"slices"
	"testing"

	"github.com/boundcheck/boundcheck/internal/stubtest"
)

// TestHandoff checks that methods of a value handed to a library, whose
// code the model does not have, count as called there: gateway hands the
// schema gqlgen generated to gqlgen's handler, which runs its Exec, and so
// the resolvers and their call of orders. admin links the same packages
// and hands nothing over: it makes no call.
func TestHandoff(t *testing.T) {
	gopath := stubtest.GOPATH(t, "testdata")
	m, _ := buildModel(t, gopath, "handoff")
	got := syncEdges(m)
	want := []string{"gateway -> orders http GET /orders/1"}
	if !slices.Equal(got, want) {
		t.Errorf("edges:\n%s\nwant:\n%s", join(got), join(want))
	}
}
