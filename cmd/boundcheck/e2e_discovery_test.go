package main

// End-to-end tests of discovery by convention on the repository shapes of
// issue 11: server binaries in cmd/api folders, contracts named after their
// service, a composition root and a load generator.

import (
	"path/filepath"
	"strings"
	"testing"
)

// servicesDoc is the part of `services --format json` these tests read.
type servicesDoc struct {
	Services []struct {
		Name     string        `json:"name"`
		Packages []packageView `json:"packages"`
	} `json:"services"`
	Shared  []packageView `json:"shared"`
	Unowned []packageView `json:"unowned"`
	Skipped []struct {
		Dir  string `json:"dir"`
		Kind string `json:"kind"`
	} `json:"skipped_mains"`
}

// graphDoc is the part of `graph --format json` these tests read.
type graphDoc struct {
	Services []struct {
		Name string `json:"name"`
	} `json:"services"`
	Edges []struct {
		From     string `json:"from"`
		To       string `json:"to"`
		Kind     string `json:"kind"`
		Protocol string `json:"protocol"`
		Detail   string `json:"detail"`
		File     string `json:"file"`
	} `json:"edges"`
}

// places maps each package of a services document to "ROLE SERVICE" (or
// "ROLE" for packages no service owns) and its rule.
func places(doc servicesDoc) (role, rule map[string]string) {
	role, rule = make(map[string]string), make(map[string]string)
	for _, s := range doc.Services {
		for _, p := range s.Packages {
			role[p.Dir], rule[p.Dir] = p.Role+" "+s.Name, p.Rule
		}
	}
	for _, ps := range [][]packageView{doc.Shared, doc.Unowned} {
		for _, p := range ps {
			role[p.Dir], rule[p.Dir] = p.Role, p.Rule
		}
	}
	return role, rule
}

// wantPlaces checks the role and, where want gives one, a part of the rule of
// each package folder named in want ("ROLE SERVICE" or "ROLE SERVICE | part").
func wantPlaces(t *testing.T, doc servicesDoc, want map[string]string) {
	t.Helper()
	role, rule := places(doc)
	for dir, w := range want {
		wantRole, part, _ := strings.Cut(w, " | ")
		if role[dir] != wantRole {
			t.Errorf("%s: got %q, want %q (rule: %s)", dir, role[dir], wantRole, rule[dir])
		}
		if part != "" && !strings.Contains(rule[dir], part) {
			t.Errorf("%s: rule %q does not say %q", dir, rule[dir], part)
		}
	}
}

// TestE2EDiscoveryCmdAPI: a service's server binary in services/<svc>/cmd/api
// is a main package, never an api package, so its outbound calls are edges.
func TestE2EDiscoveryCmdAPI(t *testing.T) {
	t.Parallel()
	dir := fixture(t, filepath.Join(fixtureDir, "cmdapi"))

	r := boundcheck(t, dir, "services", "--format", "json", "--endpoints=false")
	r.wantCode(t, exitClean)
	var doc servicesDoc
	decodeJSON(t, r, &doc)
	wantPlaces(t, doc, map[string]string{
		"services/orders/cmd/api":  `internal orders | not an api package: a main package never is, even under "api/"`,
		"services/billing/cmd/api": "internal billing",
		"services/orders/api":      `api orders | api package by convention (a "api/" folder)`,
	})

	r = boundcheck(t, dir, "graph", "--format", "json")
	r.wantCode(t, exitClean)
	var g graphDoc
	decodeJSON(t, r, &g)
	found := false
	for _, e := range g.Edges {
		if e.From == "orders" && e.To == "billing" && e.Kind == "sync" && e.Protocol == "http" && e.Detail == "POST /charges" && e.File == "services/orders/cmd/api/main.go" {
			found = true
		}
	}
	if !found {
		t.Errorf("graph has no sync http edge orders → billing POST /charges from services/orders/cmd/api/main.go:\n%s", r.stdout)
	}

	r = boundcheck(t, dir, "check")
	r.wantCode(t, exitFindings)
	if want := "services/orders/cmd/api/main.go:30:15: http.Get uses http.DefaultClient, which has no timeout"; !strings.HasPrefix(r.stdout, want) || strings.Count(r.stdout, "\n") != 1 {
		t.Errorf("check: stdout is not the one notimeout finding in orders' binary:\n%s", r.stdout)
	}
}

// TestE2EDiscoveryContracts: contracts named after their service (inside its
// folder or beside it) and generated gRPC code are api packages another
// service may import; a look-alike with no contract suffix is not.
func TestE2EDiscoveryContracts(t *testing.T) {
	t.Parallel()
	dir := fixture(t, filepath.Join(fixtureDir, "contracts"))

	r := boundcheck(t, dir, "check")
	r.wantCode(t, exitFindings)
	r.wantStderr(t, "")
	const want = `services/ordering/internal/app/app.go:6:2: package "example.com/contracts/services/ordering/internal/app" (service ordering) imports "example.com/contracts/services/stores/storesdb", internal to service stores; `
	if !strings.HasPrefix(r.stdout, want) || strings.Count(r.stdout, "\n") != 1 {
		t.Errorf("check: stdout is not the one crossimport finding, on storesdb:\n%s", r.stdout)
	}

	r = boundcheck(t, dir, "services", "--format", "json", "--endpoints=false")
	r.wantCode(t, exitClean)
	var doc servicesDoc
	decodeJSON(t, r, &doc)
	wantPlaces(t, doc, map[string]string{
		"services/stores/storespb":     `api stores | named "storespb": the name of service stores and the contract suffix "pb"`,
		"services/basketspb":           `api baskets | beside services/baskets/`,
		"services/stores/transport/v1": "api stores | generated code only, by protoc-gen-go, protoc-gen-go-grpc",
		"services/stores/storesdb":     "internal stores",
	})

	r = boundcheck(t, dir, "services", "--endpoints=false")
	r.wantCode(t, exitClean)
	if !strings.Contains(r.stdout, `example.com/contracts/services/basketspb  api       api package by convention (named "basketspb", beside services/baskets/`) {
		t.Errorf("services does not show why basketspb is baskets' api package:\n%s", r.stdout)
	}
}

// TestE2EDiscoveryMonolith: a composition root that imports the root
// packages of three services and a load generator are not services; the
// services command says so and why, and none of their imports is a
// crossimport finding, while a main importing one service's root still is a
// service and is reported.
func TestE2EDiscoveryMonolith(t *testing.T) {
	t.Parallel()
	dir := fixture(t, filepath.Join(fixtureDir, "monolith"))

	r := boundcheck(t, dir, "check")
	r.wantCode(t, exitFindings)
	r.wantStderr(t, "")
	const want = `cmd/gateway/main.go:5:8: package "example.com/monolith/cmd/gateway" (service gateway) imports "example.com/monolith/services/orders", internal to service orders; `
	if !strings.HasPrefix(r.stdout, want) || strings.Count(r.stdout, "\n") != 1 {
		t.Errorf("check: stdout is not the one crossimport finding, in the gateway:\n%s", r.stdout)
	}

	r = boundcheck(t, dir, "services", "--endpoints=false")
	r.wantCode(t, exitClean)
	for _, line := range []string{
		"4 services in ., discovered by convention",
		"main packages that are not services (2)",
		`example.com/monolith/cmd/loadgen     a tool: in "loadgen/", a folder for load generators, not a deployable`,
		"example.com/monolith/cmd/monolith    composition root: imports the root packages of 3 services (billing, orders, payments) and builds or launches them in one binary",
	} {
		if !strings.Contains(r.stdout, line) {
			t.Errorf("services lacks %q:\n%s", line, r.stdout)
		}
	}

	r = boundcheck(t, dir, "services", "--format", "json", "--endpoints=false")
	r.wantCode(t, exitClean)
	var doc servicesDoc
	decodeJSON(t, r, &doc)
	kinds := make(map[string]string)
	for _, s := range doc.Skipped {
		kinds[s.Dir] = s.Kind
	}
	if kinds["cmd/monolith"] != "composition root" || kinds["cmd/loadgen"] != "tool" || len(kinds) != 2 {
		t.Errorf("skipped_mains: got %v, want cmd/monolith as a composition root and cmd/loadgen as a tool", doc.Skipped)
	}
	wantPlaces(t, doc, map[string]string{
		"cmd/monolith":        "unowned | main package, not a service: composition root",
		"cmd/monolith/wiring": "unowned | imported by no service, only by main package cmd/monolith, which is not one",
		"cmd/loadgen":         "unowned | main package, not a service: a tool",
		"cmd/gateway":         "internal gateway",
		"services/orders":     "internal orders",
	})

	// The load generator's HTTP call is no service's edge.
	r = boundcheck(t, dir, "graph", "--format", "json")
	r.wantCode(t, exitClean)
	var g graphDoc
	decodeJSON(t, r, &g)
	var names []string
	for _, s := range g.Services {
		names = append(names, s.Name)
	}
	if got := strings.Join(names, " "); got != "billing gateway orders payments" {
		t.Errorf("graph services: got %q, want %q", got, "billing gateway orders payments")
	}
	if len(g.Edges) != 0 {
		t.Errorf("graph edges: got %+v, want none", g.Edges)
	}
}
