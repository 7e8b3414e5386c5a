package model_test

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/boundcheck/boundcheck/internal/stubtest"
)

// TestUnownedCode checks the code of packages no service owns that only
// one service imports (internal/users beside cmd/user-service): their
// endpoints are that service's, so orders' call reaches GET /users/{id};
// each call is placed where it is made, not at main's call into the
// package; and a key handed to an interface method (Produce, Consume) is
// the key its implementation publishes or subscribes to, one per element
// of a list ranged over; a subject's part after its prefix ("users." +
// kind) is bound by the callers as a whole subject is.
func TestUnownedCode(t *testing.T) {
	gopath := stubtest.GOPATH(t, "testdata")
	m, fset := buildModel(t, gopath, "unowned")
	var got []string
	for _, e := range m.Sync {
		ep := "-"
		if e.Endpoint != nil {
			ep = e.Endpoint.String()
		}
		p := fset.Position(e.Site)
		got = append(got, fmt.Sprintf("%s -> %s %s at %s:%d (endpoint %s)", e.From, e.To, e.Detail, filepath.Base(p.Filename), p.Line, ep))
	}
	for _, e := range m.Async {
		p := fset.Position(e.Pub.Site)
		got = append(got, fmt.Sprintf("%s -> %s %s at %s:%d", e.From, e.To, e.Topic.ID, filepath.Base(p.Filename), p.Line))
	}
	slices.Sort(got)
	want := []string{
		"order-service -> user-service GET /users/7 at orders.go:31 (endpoint GET /users/{id})",
		"user-service -> order-service nats:USER_REGISTERED at users.go:25",
		"user-service -> order-service nats:users.deleted at users.go:33",
	}
	if !slices.Equal(got, want) {
		t.Errorf("edges:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
