package model_test

import (
	"slices"
	"testing"

	"github.com/boundcheck/boundcheck/internal/stubtest"
)

// TestLiveValues checks that functions handed on in package-level values
// (a command table whose Run a loop calls through a field) run in the
// service that links their package: tool's two commands reach billing.
// A package-level function in a package no service imports runs nowhere.
func TestLiveValues(t *testing.T) {
	gopath := stubtest.GOPATH(t, "testdata")
	m, _ := buildModel(t, gopath, "live")
	got := syncEdges(m)
	want := []string{"runner -> billing http GET /invoices", "runner -> billing http GET /invoices"}
	if !slices.Equal(got, want) {
		t.Errorf("edges:\n%s\nwant:\n%s", join(got), join(want))
	}
}
