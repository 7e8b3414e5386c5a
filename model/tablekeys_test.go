package model_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/boundcheck/boundcheck/internal/stubtest"
)

// TestTableKeys checks that each table or key prefix a service writes
// carries its query's keys: an insert under a new id (fresh), one under
// the caller's id, a SETNX of a constant key (const) and one of a key
// made from the caller's id.
func TestTableKeys(t *testing.T) {
	gopath := stubtest.GOPATH(t, "testdata")
	m, _ := buildModel(t, gopath, "tablekeys")
	var got []string
	for _, a := range m.Tables {
		got = append(got, fmt.Sprintf("%s %s %s fresh=%v const=%v", a.Service, a.Kind, a.Table, a.FreshKey, a.ConstKey))
	}
	slices.Sort(got)
	want := []string{
		"ledger key prefix lock: fresh=false const=true",
		"ledger key prefix seen: fresh=false const=false",
		"ledger table entries fresh=true const=false",
		"ledger table totals fresh=false const=false",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}
