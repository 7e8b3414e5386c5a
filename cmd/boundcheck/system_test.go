package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestE2ESystemGraph runs graph on a ten-service system that uses the real
// libraries (generated gRPC code of two generator versions, chi, echo,
// gorilla/mux, kafka-go, NATS, AMQP, go-redis, a compose file) and
// compares its edges with EDGES.json, written by reading the code before
// the tool ran.
func TestE2ESystemGraph(t *testing.T) {
	t.Parallel()
	dir := fixture(t, filepath.Join(fixtureDir, "system"))
	r := boundcheck(t, dir, "graph", "--format", "json")
	r.wantCode(t, exitClean)
	var got struct {
		Resources []struct{ ID string }
		Edges     []struct {
			From, To, Kind, Protocol, File string
			Line                           int
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
		t.Fatalf("graph output is not JSON: %v\n%s", err, r.stdout)
	}
	data, err := os.ReadFile(filepath.Join(dir, "EDGES.json"))
	if err != nil {
		t.Fatal(err)
	}
	var truth struct {
		Edges []struct {
			From, To, Kind, Protocol, File string
			Line                           int
			RequestLine                    int `json:"request_line"`
		}
		Resources []struct{ ID string }
		NotEdges  []struct{ From, To string } `json:"not_edges"`
	}
	if err := json.Unmarshal(data, &truth); err != nil {
		t.Fatal(err)
	}
	key := func(from, to, kind, protocol, file string, line int) string {
		return fmt.Sprintf("%s -> %s %s %s %s:%d", from, to, kind, protocol, file, line)
	}
	// Edges between services, to external hosts and to unresolved
	// targets; edges to a topic with no counterpart are resources' links,
	// compared below.
	gotSet := make(map[string]bool)
	for _, e := range got.Edges {
		if strings.Contains(e.From, ":") || strings.Contains(e.To, ":") && !strings.HasPrefix(e.To, "external:") && !strings.HasPrefix(e.To, "unknown:") {
			continue
		}
		gotSet[key(e.From, e.To, e.Kind, e.Protocol, e.File, e.Line)] = true
	}
	found := 0
	for _, e := range truth.Edges {
		k1 := key(e.From, e.To, e.Kind, e.Protocol, e.File, e.Line)
		k2 := key(e.From, e.To, e.Kind, e.Protocol, e.File, e.RequestLine)
		switch {
		case gotSet[k1]:
			delete(gotSet, k1)
			found++
		case e.RequestLine != 0 && gotSet[k2]:
			delete(gotSet, k2)
			found++
		default:
			t.Errorf("missing edge %s", k1)
		}
	}
	for k := range gotSet {
		t.Errorf("edge not in EDGES.json: %s", k)
	}
	t.Logf("edges: %d of %d found, %d extra", found, len(truth.Edges), len(gotSet))
	var ids []string
	for _, res := range got.Resources {
		ids = append(ids, res.ID)
	}
	for _, res := range truth.Resources {
		if !slices.Contains(ids, res.ID) {
			t.Errorf("missing resource %s (have %v)", res.ID, ids)
		}
	}
	for _, ne := range truth.NotEdges {
		for _, e := range got.Edges {
			if e.From == ne.From && e.To == ne.To {
				t.Errorf("edge %s -> %s drawn; EDGES.json says it is not a service edge", e.From, e.To)
			}
		}
	}
}

// TestE2ESystemChains checks syncchain on the same system: the 4-hop chain
// gateway → orders → payments → ledger → fraud, reported once at its first
// call; the catalog ↔ inventory cycle; and no chain through catalog's
// other handler (gateway → catalog and catalog → search come from
// different handlers).
func TestE2ESystemChains(t *testing.T) {
	t.Parallel()
	dir := fixture(t, filepath.Join(fixtureDir, "system"))
	r := boundcheck(t, dir, "check")
	var chains []string
	for _, line := range strings.Split(r.stdout, "\n") {
		if strings.HasSuffix(line, "(syncchain)") {
			chains = append(chains, line)
		}
	}
	want := []string{
		"services/catalog/reindex.go:82:15: synchronous cycle between services: catalog → inventory (http GET /stock/{sku}) → catalog (grpc /catalog.v1.Catalog/GetProduct)",
		"services/gateway/orders.go:25:14: synchronous chain of 4 hops, more than max-depth 3: gateway → orders (http POST /orders) → payments (grpc /payments.v1.Payments/Charge) → ledger (http POST /entries) → fraud (grpc /fraud.v1.Fraud/Score); composite availability 99.50%: 5 services in series",
	}
	if len(chains) != len(want) {
		t.Fatalf("got %d syncchain findings, want %d:\n%s", len(chains), len(want), strings.Join(chains, "\n"))
	}
	for i := range want {
		if !strings.HasPrefix(chains[i], want[i]) {
			t.Errorf("finding %d:\n got %s\nwant %s…", i, chains[i], want[i])
		}
	}
}

// TestE2EShopGraph writes the example's graph: the same bytes on every
// run, whole or not at all, and a clear error for a format not yet drawn.
func TestE2EShopGraph(t *testing.T) {
	t.Parallel()
	dir := fixture(t, shopDir)
	out := filepath.Join(t.TempDir(), "shop.json")
	golden(t, "shop-graph.json", graphFile(t, dir, out, "json"))

	missing := filepath.Join(t.TempDir(), "no", "such", "dir", "g.json")
	r := boundcheck(t, dir, "graph", "-o", missing)
	r.wantCode(t, exitError)
	if !strings.Contains(r.stderr, "writing "+missing) {
		t.Errorf("stderr does not name the file it could not write:\n%s", r.stderr)
	}
	if entries, _ := os.ReadDir(filepath.Dir(out)); len(entries) != 1 {
		t.Errorf("temporary files left beside the output: %v", entries)
	}

	written := make(map[string]string)
	for _, f := range []struct{ format, level, golden string }{
		{"dot", "service", "shop-graph.dot"},
		{"mermaid", "service", "shop-graph.mmd"},
		{"svg", "service", "shop-graph.svg"},
		{"mermaid", "endpoint", "shop-graph-endpoints.mmd"},
		{"html", "service", "shop-graph.html"},
	} {
		r = boundcheck(t, dir, "graph", "--format", f.format, "--level", f.level)
		r.wantCode(t, exitClean)
		golden(t, f.golden, r.stdout)
		if f.level == "service" {
			written[f.format] = r.stdout
		}
	}
	viaExt := filepath.Join(t.TempDir(), "shop.gv")
	boundcheck(t, dir, "graph", "-o", viaExt).wantCode(t, exitClean)
	if data, _ := os.ReadFile(viaExt); !strings.HasPrefix(string(data), "digraph") {
		t.Errorf("-o shop.gv did not write DOT: %.40q", data)
	}

	// The README shows examples/shop/graph.svg: it must be what graph draws.
	picture := filepath.Join(shopDir, "graph.svg")
	if *update {
		if err := os.WriteFile(picture, []byte(written["svg"]), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	if data, err := os.ReadFile(picture); err != nil || string(data) != written["svg"] {
		t.Errorf("%s is not the graph boundcheck draws now (err %v); go test -run TestE2EShopGraph -update rewrites it", picture, err)
	}
	r = boundcheck(t, dir, "graph")
	r.wantCode(t, exitClean)
	if r.stdout != written["svg"] {
		t.Errorf("graph without a format did not write the SVG")
	}
	r = boundcheck(t, dir, "graph", "--format", "png")
	r.wantCode(t, exitError)
	if !strings.Contains(r.stderr, `format "png"`) {
		t.Errorf("stderr does not name the format:\n%s", r.stderr)
	}
	r = boundcheck(t, dir, "graph", "--level", "package")
	r.wantCode(t, exitError)
	if !strings.Contains(r.stderr, `--level "package"`) {
		t.Errorf("stderr does not name the level:\n%s", r.stderr)
	}
}

// TestE2EBadCompose runs check and graph where the compose file is
// malformed: the problem is reported with its file and line, the exit
// status is 2, and the code is still analysed.
func TestE2EBadCompose(t *testing.T) {
	t.Parallel()
	dir := fixture(t, filepath.Join(fixtureDir, "badcompose"))
	for _, args := range [][]string{{"check"}, {"graph"}} {
		r := boundcheck(t, dir, args...)
		r.wantCode(t, exitError)
		if !strings.Contains(r.stderr, "compose.yaml:8:") {
			t.Errorf("%s: stderr does not name compose.yaml:8:\n%s", args[0], r.stderr)
		}
		if strings.Contains(r.stderr, "panic") || strings.Contains(r.stderr, "goroutine") {
			t.Errorf("%s: stderr shows a crash:\n%s", args[0], r.stderr)
		}
	}
	r := boundcheck(t, dir, "graph", "--format", "json")
	if !strings.Contains(r.stdout, `"services"`) {
		t.Errorf("graph wrote no graph despite the compose problem:\n%s", r.stdout)
	}
}

// TestE2EGraphNoServices draws a module without services: an empty
// picture, exit 0, and a note that says why it is empty.
func TestE2EGraphNoServices(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module example.com/empty\n\ngo 1.22\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	// No package at all: nothing was analysed, which is an error, and no
	// picture is drawn.
	r := boundcheck(t, dir, "graph")
	r.wantCode(t, exitError)
	r.wantStdout(t, "")
	if !strings.Contains(r.stderr, "no package was analysed") {
		t.Errorf("stderr does not say nothing was analysed:\n%s", r.stderr)
	}
	// A library: analysed, but no services, which the note says.
	if err := os.WriteFile(filepath.Join(dir, "lib.go"), []byte("// Package empty is a library.\npackage empty\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	defer os.Remove(filepath.Join(dir, "lib.go"))
	r = boundcheck(t, dir, "graph")
	r.wantCode(t, exitClean)
	if !strings.Contains(r.stderr, "no services found") {
		t.Errorf("stderr does not say no services were found:\n%s", r.stderr)
	}
	if !strings.HasPrefix(r.stdout, "<svg") {
		t.Errorf("no SVG written: %.60q", r.stdout)
	}
}

// graphFile runs graph -o out in dir, which must succeed quietly, and
// returns what it wrote, having checked that graph --format format writes
// the same to stdout.
func graphFile(t *testing.T, dir, out, format string) string {
	t.Helper()
	r := boundcheck(t, dir, "graph", "-o", out)
	r.wantCode(t, exitClean)
	r.wantStderr(t, "")
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	r = boundcheck(t, dir, "graph", "--format", format)
	r.wantCode(t, exitClean)
	if r.stdout != string(data) {
		t.Errorf("graph --format %s to stdout differs from graph -o %s", format, filepath.Base(out))
	}
	return string(data)
}
