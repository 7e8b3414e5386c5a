package main

// End-to-end tests of what a run loads, and of never passing for clean
// when it analysed nothing: nested modules without a go.work, modules that
// declare one module path, patterns that match nothing, empty configs, and
// one exit status for check, graph and services.

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// graphEdges returns the edges of graph --format json as "from -> to detail".
func graphEdges(t *testing.T, r result) []string {
	t.Helper()
	var g struct {
		Edges []struct{ From, To, Detail string }
	}
	decodeJSON(t, r, &g)
	var edges []string
	for _, e := range g.Edges {
		edges = append(edges, e.From+" -> "+e.To+" "+e.Detail)
	}
	return edges
}

// TestE2ENestedModules: a root module with no packages and the services in
// nested modules, no go.work. "./..." at the root, at a folder between, and
// patterns into one nested module all reach the services' code.
func TestE2ENestedModules(t *testing.T) {
	t.Parallel()
	dir := fixture(t, filepath.Join(fixtureDir, "nested"))
	const finding = "services/orders/main.go:15:16: http.Post uses http.DefaultClient, which has no timeout"
	for _, args := range [][]string{{"check", "-v"}, {"check", "./services/orders/..."}, {"check", "./services/orders"}} {
		r := boundcheck(t, dir, args...)
		r.wantCode(t, exitFindings)
		if args[1] == "-v" {
			r.wantStderr(t, "boundcheck: analysed 4 packages of 2 services (orders, payments) in 2 modules; 1 finding\n")
		} else {
			r.wantStderr(t, "")
		}
		if !strings.HasPrefix(r.stdout, finding) || strings.Count(r.stdout, "\n") != 1 {
			t.Errorf("%s: stdout is not the one finding in orders:\n%s", strings.Join(args, " "), r.stdout)
		}
	}
	// From the folder above the modules, paths are relative to it.
	r := boundcheck(t, filepath.Join(dir, "services"), "check", "./...")
	r.wantCode(t, exitFindings)
	if !strings.HasPrefix(r.stdout, strings.TrimPrefix(finding, "services/")) {
		t.Errorf("check ./... in services/: stdout:\n%s", r.stdout)
	}
	// A pattern into the module that has nothing to report is clean, not empty.
	r = boundcheck(t, dir, "check", "-v", "./services/payments/...")
	r.wantCode(t, exitClean)
	r.wantStderr(t, "boundcheck: analysed 2 packages of 1 service (payments) in 1 module; 0 findings\n")

	r = boundcheck(t, dir, "graph", "--format", "json")
	r.wantCode(t, exitClean)
	if got := graphEdges(t, r); !slices.Equal(got, []string{"orders -> payments POST /charges"}) {
		t.Errorf("graph edges = %q, want the one call from orders to payments", got)
	}
}

// TestE2ESameModulePath: three service modules copied from one template,
// each declaring "module service". Each is loaded on its own and keeps its
// packages; with discovery or a config naming the folders.
func TestE2ESameModulePath(t *testing.T) {
	t.Parallel()
	dir := fixture(t, filepath.Join(fixtureDir, "samepath"))
	// all runs every command; the config variant only draws the graph.
	check := func(t *testing.T, all bool) {
		r := boundcheck(t, dir, "graph", "--format", "json")
		r.wantCode(t, exitClean)
		want := []string{"billing -> orders POST /orders", "orders -> users GET /users/{id}"}
		if got := graphEdges(t, r); !slices.Equal(got, want) {
			t.Errorf("graph edges = %q, want %q", got, want)
		}
		if !all {
			return
		}
		r = boundcheck(t, dir, "check", "-v")
		r.wantCode(t, exitFindings)
		const finding = "services/billing/internal/handler/handler.go:8:15: http.Post uses http.DefaultClient"
		if !strings.HasPrefix(r.stdout, finding) || strings.Count(r.stdout, "\n") != 1 {
			t.Errorf("stdout is not the one finding in billing:\n%s", r.stdout)
		}
		if !strings.Contains(r.stderr, "6 packages of 3 services (billing, orders, users) in 3 modules") {
			t.Errorf("summary does not count three modules and services:\n%s", r.stderr)
		}
		r = boundcheck(t, dir, "services", "--format", "json")
		r.wantCode(t, exitClean)
		for _, p := range []string{`"service[services/billing]/internal/handler"`, `"service[services/orders]/internal/handler"`, `"service[services/users]/internal/handler"`} {
			if !strings.Contains(r.stdout, p) {
				t.Errorf("services lacks package %s:\n%s", p, r.stdout)
			}
		}
	}
	t.Run("discovered", func(t *testing.T) { check(t, true) })
	config := `version: 1
services:
  users: {packages: ["./services/users/..."]}
  orders: {packages: ["./services/orders/..."]}
  billing: {packages: ["./services/billing/..."]}
`
	if err := os.WriteFile(filepath.Join(dir, "boundcheck.yaml"), []byte(config), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Run("config", func(t *testing.T) { check(t, false) })
	os.Remove(filepath.Join(dir, "boundcheck.yaml"))
}

// TestE2ENothingAnalysed: a run that analysed no package says so and exits
// 2, whichever command; a root module with no packages and no nested
// modules is such a run.
func TestE2ENothingAnalysed(t *testing.T) {
	t.Parallel()
	dir := fixture(t, filepath.Join(fixtureDir, "nested"))
	for _, cmd := range [][]string{{"check"}, {"graph", "--format", "json"}, {"services"}} {
		r := boundcheck(t, dir, append(cmd, "./nothing/...")...)
		r.wantCode(t, exitError)
		if !strings.Contains(r.stdout+r.stderr, "no package was analysed: ./nothing/... matches no Go package") {
			t.Errorf("%s: stderr does not say nothing was analysed:\n%s", cmd[0], r.stderr)
		}
	}
	empty := t.TempDir()
	if err := os.WriteFile(filepath.Join(empty, "go.mod"), []byte("module example.com/empty\n\ngo 1.22\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := boundcheck(t, empty, "check")
	r.wantCode(t, exitError)
	r.wantStdout(t, "")
	if !strings.Contains(r.stderr, "no package was analysed") {
		t.Errorf("check in a module with no packages: stderr:\n%s", r.stderr)
	}
}

// TestE2EEmptyConfig: a config file that lists no services is an error that
// names the file, not a run in which no package belongs to a service.
func TestE2EEmptyConfig(t *testing.T) {
	t.Parallel()
	dir := fixture(t, filepath.Join(fixtureDir, "nested"))
	cfg := filepath.Join(dir, "boundcheck.yaml")
	defer os.Remove(cfg)
	for _, tt := range []struct{ name, content, want string }{
		{"touched", "", "boundcheck.yaml:1:1: boundcheck.yaml is empty, which would mean that no package belongs to a service"},
		{"comments only", "# services to come\n", "boundcheck.yaml:1:1: boundcheck.yaml is empty"},
		{"settings only", "version: 1\nrules:\n  syncchain:\n    max-depth: 4\n", "boundcheck.yaml:1:1: boundcheck.yaml lists no services"},
	} {
		if err := os.WriteFile(cfg, []byte(tt.content), 0o644); err != nil {
			t.Fatal(err)
		}
		for _, cmd := range []string{"check", "graph", "services"} {
			r := boundcheck(t, dir, cmd)
			r.wantCode(t, exitError)
			r.wantStdout(t, "")
			if !strings.Contains(r.stderr, tt.want) || !strings.Contains(r.stderr, "delete it to discover the services by convention") {
				t.Errorf("%s, %s: stderr:\n%s\nwant %q and the hint", tt.name, cmd, r.stderr, tt.want)
			}
		}
	}
}

// TestE2EBrokenNestedModule: a nested module that the go command cannot
// load is named with its reason; a type error in another is reported at
// its path from where the command ran; the rest is analysed; check, graph
// and services all exit 2.
func TestE2EBrokenNestedModule(t *testing.T) {
	t.Parallel()
	dir := fixture(t, filepath.Join(fixtureDir, "nested"))
	defer restore(t, filepath.Join(dir, "services/payments/ledger/ledger.go"))()
	defer restore(t, filepath.Join(dir, "services/orders/go.mod"))()
	// A call whose function has no type (an undefined package) too:
	// the analyzers must not panic on it.
	write(t, filepath.Join(dir, "services/payments/ledger/ledger.go"), "package ledger\n\nvar n int = \"ten\"\n\nfunc f() { missing.Call(n) }\n")
	write(t, filepath.Join(dir, "services/orders/go.mod"), "module example.com/nested/services/orders\n\ngo 1.22\n\nbogus directive\n")
	for _, cmd := range [][]string{{"check"}, {"graph", "--format", "json"}, {"services"}} {
		r := boundcheck(t, dir, cmd...)
		r.wantCode(t, exitError)
		out := r.stdout + r.stderr
		for _, want := range []string{
			"services/payments/ledger/ledger.go:3:13: cannot use \"ten\"",
			"module example.com/nested/services/orders (services/orders/go.mod) could not be loaded",
		} {
			if !strings.Contains(out, want) {
				t.Errorf("%s: output lacks %q:\nstdout:\n%s\nstderr:\n%s", cmd[0], want, r.stdout, r.stderr)
			}
		}
		if strings.Contains(out, "internal error") {
			t.Errorf("%s: an analyzer failed on the broken package:\n%s", cmd[0], r.stderr)
		}
	}
}

// write writes a file of a test's fixture.
func write(t *testing.T, name, content string) {
	t.Helper()
	if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// restore returns a function that puts the file back as it is now, so that
// the fixture check at the end of the test sees it unchanged.
func restore(t *testing.T, name string) func() {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return func() { write(t, name, string(data)) }
}

// TestE2EFindingCounts: the graph (and so the HTML page's panel) lists as
// many findings per service as check reports for it, also when two of
// them have one message.
func TestE2EFindingCounts(t *testing.T) {
	t.Parallel()
	dir := fixture(t, filepath.Join(fixtureDir, "samepath"))
	// A second call like billing's, with the same message.
	handler := filepath.Join(dir, "services/billing/internal/handler/handler.go")
	defer restore(t, handler)()
	data, err := os.ReadFile(handler)
	if err != nil {
		t.Fatal(err)
	}
	write(t, handler, string(data)+"\n// Refund tells the orders service, with no timeout either.\nfunc Refund() {\n\tresp, err := http.Post(\"http://orders:8080/orders\", \"application/json\", nil)\n\tif err == nil {\n\t\tresp.Body.Close()\n\t}\n}\n")

	r := boundcheck(t, dir, "check", "--format", "json")
	r.wantCode(t, exitFindings)
	var check struct {
		Diagnostics []struct{ Service string }
	}
	decodeJSON(t, r, &check)
	want := make(map[string]int)
	for _, d := range check.Diagnostics {
		want[d.Service]++
	}
	if want["billing"] != 2 {
		t.Fatalf("check reports %d findings in billing, want the two calls:\n%s", want["billing"], r.stdout)
	}
	r = boundcheck(t, dir, "graph", "--format", "json")
	r.wantCode(t, exitClean)
	var g struct {
		Services []struct {
			Name     string
			Findings []string
		}
	}
	decodeJSON(t, r, &g)
	for _, s := range g.Services {
		if len(s.Findings) != want[s.Name] {
			t.Errorf("graph lists %d findings for %s, check reports %d: %q", len(s.Findings), s.Name, want[s.Name], s.Findings)
		}
	}
}

// TestE2EOtherWorkspace: a folder below the run's that holds a go.work of
// its own is another program; every command says it did not analyse it,
// and its compose file is not read.
func TestE2EOtherWorkspace(t *testing.T) {
	t.Parallel()
	dir := copyFixture(t, filepath.Join(fixtureDir, "nested"))
	other := filepath.Join(dir, "labs", "shop")
	if err := os.MkdirAll(filepath.Join(other, "cart"), 0o777); err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(other, "go.work"), "go 1.22\n\nuse ./cart\n")
	write(t, filepath.Join(other, "cart", "go.mod"), "module example.com/labs/cart\n\ngo 1.22\n")
	write(t, filepath.Join(other, "cart", "main.go"), "package main\n\nimport \"net/http\"\n\nfunc main() { http.Get(\"http://payments:8080/\") }\n")
	write(t, filepath.Join(other, "compose.yaml"), "services:\n  cart:\n    image: cart\n")
	const note = "boundcheck: not analysed: labs/shop/ holds a go.work of its own, another program; run boundcheck in it\n"
	r := boundcheck(t, dir, "check")
	r.wantCode(t, exitFindings)
	r.wantStderr(t, note)
	if strings.Contains(r.stdout, "labs/") {
		t.Errorf("check analysed the other program:\n%s", r.stdout)
	}
	r = boundcheck(t, dir, "graph", "--format", "json")
	r.wantCode(t, exitClean)
	r.wantStderr(t, note)
	r = boundcheck(t, dir, "services")
	r.wantCode(t, exitClean)
	if !regexp.MustCompile(`\n  labs/shop/ +holds a go.work of its own`).MatchString(r.stdout) || strings.Contains(r.stdout, "compose.yaml") {
		t.Errorf("services does not list labs/shop/ as not analysed, or read its compose file:\n%s", r.stdout)
	}
	// A run that does not reach it says nothing of it.
	r = boundcheck(t, dir, "check", "./services/...")
	r.wantStderr(t, "")
}

// TestE2EUnusedModule: a module below a go.work that the go.work does not
// use is left out of the program, and the run says so.
func TestE2EUnusedModule(t *testing.T) {
	t.Parallel()
	dir := copyFixture(t, filepath.Join(fixtureDir, "workspace"))
	write(t, filepath.Join(dir, "payments", "go.mod"), "module example.com/payments\n\ngo 1.26\n")
	write(t, filepath.Join(dir, "payments", "main.go"), "package main\n\nfunc main() {}\n")
	if err := os.MkdirAll(filepath.Join(dir, "legacy"), 0o777); err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(dir, "legacy", "go.mod"), "module example.com/legacy\n\ngo 1.26\n")
	write(t, filepath.Join(dir, "legacy", "main.go"), "package main\n\nimport \"net/http\"\n\nfunc main() { http.Get(\"http://orders/\") }\n")
	var env []string
	for _, kv := range testEnv() {
		if kv != "GOWORK=off" {
			env = append(env, kv)
		}
	}
	r := runEnv(t, dir, env, e2eBin, "check")
	r.wantCode(t, exitFindings)
	r.wantStderr(t, "boundcheck: not analysed: legacy/ a module the go.work does not use; add it to the go.work's use, or run boundcheck in it\n")
	if strings.Contains(r.stdout, "legacy/") {
		t.Errorf("check analysed the unused module:\n%s", r.stdout)
	}
}
