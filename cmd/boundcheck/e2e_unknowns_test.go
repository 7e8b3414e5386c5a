package main

import (
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestE2EUnknowns runs graph on testdata/e2e/unknowns: two services whose
// HTTP host, gRPC target, DSN and NATS subject come from variables no
// deployment file sets. Each service gets its own unknown of each, none
// shared, and the unknown subject links nobody; what is resolved (a DSN
// both share, a subject a wildcard receives, a gRPC call to a service the
// compose file deploys under its proto service's name) still is; a
// subscriber that answers requests is no publisher; and graph's stderr and
// services list every unknown with its file and line. The fixture's README says what to expect.
func TestE2EUnknowns(t *testing.T) {
	t.Parallel()
	dir := fixture(t, filepath.Join(fixtureDir, "unknowns"))
	r := boundcheck(t, dir, "graph", "--format", "json")
	r.wantCode(t, exitClean)
	var g struct {
		Resources []struct{ ID, Kind, Label string }
		Edges     []struct{ From, To, Kind, Protocol, Via, Resolved, File string }
	}
	decodeJSON(t, r, &g)

	// Every unknown: kind unknown, labelled, used by one service only.
	want := map[string]string{
		"unknown:web/http/host from CART_URL":              "? (http host from CART_URL)",
		"unknown:admin/http/host from CART_URL":            "? (http host from CART_URL)",
		"unknown:web/grpc/hipstershop.AdService":           "? (grpc hipstershop.AdService)",
		"unknown:admin/grpc/hipstershop.AdService":         "? (grpc hipstershop.AdService)",
		"unknown:web/postgres/DSN from ORDERS_DB_URL":      "? (postgres, DSN from ORDERS_DB_URL)",
		"unknown:admin/postgres/DSN from ORDERS_DB_URL":    "? (postgres, DSN from ORDERS_DB_URL)",
		"unknown:web/nats/published, from EVENTS_SUBJECT":  "? (nats subject published, from EVENTS_SUBJECT)",
		"unknown:admin/nats/consumed, from EVENTS_SUBJECT": "? (nats subject consumed, from EVENTS_SUBJECT)",
		"postgres:shop-db/shop":                            "",
		"nats:orders.created":                              "",
		"external:cartservice":                             "",
	}
	kinds := make(map[string]string)
	for _, res := range g.Resources {
		kinds[res.ID] = res.Kind
		if strings.Contains(res.ID, "?") && res.Kind != "unknown" {
			t.Errorf("resource %s (%s) has an unknown part and is not kind unknown: a hub of unknowns", res.ID, res.Kind)
		}
		if label, ok := want[res.ID]; ok && res.Label != label {
			t.Errorf("resource %s: label %q, want %q", res.ID, res.Label, label)
		}
	}
	for id := range want {
		if _, ok := kinds[id]; !ok {
			t.Errorf("no resource %s; have %v", id, kinds)
		}
	}
	users := make(map[string][]string) // resource → the services with an edge to or from it
	for _, e := range g.Edges {
		for _, pair := range [][2]string{{e.From, e.To}, {e.To, e.From}, {e.Via, e.From}, {e.Via, e.To}} {
			if _, isResource := kinds[pair[0]]; isResource && (pair[1] == "web" || pair[1] == "admin") && !slices.Contains(users[pair[0]], pair[1]) {
				users[pair[0]] = append(users[pair[0]], pair[1])
			}
		}
	}
	for id, kind := range kinds {
		switch {
		case kind == "unknown" && len(users[id]) != 1:
			t.Errorf("unknown %s is drawn with services %v; it must be one service's own", id, users[id])
		case id == "postgres:shop-db/shop" && len(users[id]) != 2:
			t.Errorf("the database both services name is used by %v, want both", users[id])
		}
	}

	// Async: web → admin through the known subject only; admin, which only
	// subscribes (and answers requests), publishes nothing.
	var async []string
	for _, e := range g.Edges {
		if e.Kind != "async" {
			continue
		}
		if e.From == "admin" {
			t.Errorf("admin is drawn as a publisher: %s -> %s via %s (%s)", e.From, e.To, e.Via, e.File)
		}
		if e.From == "web" && e.To == "admin" {
			async = append(async, e.Via)
		}
	}
	if !slices.Equal(async, []string{"nats:orders.created"}) {
		t.Errorf("async edges web -> admin go through %v, want only nats:orders.created", async)
	}

	// gRPC by the proto service's name, said so.
	found := false
	for _, e := range g.Edges {
		if e.From == "web" && e.To == "external:cartservice" && e.Protocol == "grpc" {
			found = true
			if !strings.Contains(e.Resolved, "via proto service name hipstershop.CartService") {
				t.Errorf("web -> external:cartservice: resolved %q does not say it went by the proto service name", e.Resolved)
			}
		}
	}
	if !found {
		t.Errorf("no gRPC edge web -> external:cartservice (compose deploys cartservice, hipstershop.CartService's name)")
	}

	// Every unknown is said on stderr, with its file and line.
	note := regexp.MustCompile(`(?m)^boundcheck: could not resolve the target of 8 calls, connections or messages;`)
	if !note.MatchString(r.stderr) {
		t.Errorf("stderr lacks the note on the 8 unresolved targets:\n%s", r.stderr)
	}
	for _, line := range []string{
		"  cmd/web/main.go:25: web: ? (http host from CART_URL)",
		"  cmd/web/main.go:37: web: ? (grpc hipstershop.AdService)",
		"  cmd/web/main.go:49: web: ? (postgres, DSN from ORDERS_DB_URL)",
		"  cmd/web/main.go:68: web: ? (nats subject published, from EVENTS_SUBJECT)",
		"  cmd/admin/main.go:25: admin: ? (http host from CART_URL)",
		"  cmd/admin/main.go:37: admin: ? (grpc hipstershop.AdService)",
		"  cmd/admin/main.go:41: admin: ? (postgres, DSN from ORDERS_DB_URL)",
		"  cmd/admin/main.go:61: admin: ? (nats subject consumed, from EVENTS_SUBJECT)",
	} {
		if !strings.Contains(r.stderr, line+"\n") {
			t.Errorf("stderr lacks %q:\n%s", line, r.stderr)
		}
	}

	// services lists them too.
	r = boundcheck(t, dir, "services")
	r.wantCode(t, exitClean)
	const section = "\ncould not resolve (8), each drawn as a \"?\" node of its own service\n" +
		"  cmd/admin/main.go:25: admin: ? (http host from CART_URL)\n"
	if !strings.Contains(r.stdout, section) {
		t.Errorf("services does not list what could not be resolved:\nwant%s\ngot:\n%s", section, r.stdout)
	}

	// The drawings label each unknown "?", once per service.
	r = boundcheck(t, dir, "graph", "--format", "dot")
	r.wantCode(t, exitClean)
	if n := strings.Count(r.stdout, `label="? (grpc hipstershop.AdService)"`); n != 2 {
		t.Errorf("the DOT graph has %d nodes labelled ? (grpc hipstershop.AdService), want 2 (one per service):\n%s", n, r.stdout)
	}
}

// TestE2ECheckSaysWhatItCouldNotSee: check, whose whole-program checks
// stand on the model, says on stderr how much the model could not resolve,
// so that no finding does not pass for "all clear"; on a system where
// everything resolves, it says nothing.
func TestE2ECheckSaysWhatItCouldNotSee(t *testing.T) {
	t.Parallel()
	const note = "the whole-program checks could not see everything"
	r := boundcheck(t, fixture(t, filepath.Join(fixtureDir, "unknowns")), "check")
	if !strings.Contains(r.stderr, note) {
		t.Errorf("check on unknowns: stderr lacks %q:\n%s", note, r.stderr)
	}
	r = boundcheck(t, fixture(t, filepath.Join(fixtureDir, "envvalue")), "check")
	if strings.Contains(r.stderr, note) {
		t.Errorf("check on envvalue, where everything resolves, says %q:\n%s", note, r.stderr)
	}
}
