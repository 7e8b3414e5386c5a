package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/boundcheck/boundcheck/internal/gittest"
)

// cochangeSystem writes five services into r: a serves nothing; b calls
// c over HTTP; d and e stand alone; pkg/log is shared.
func cochangeSystem(r *gittest.Repo) {
	files := map[string]string{
		"go.mod":            "module example.com/cc\n\ngo 1.26\n",
		"pkg/log/log.go":    "package log\n\n// Print prints.\nfunc Print(string) {}\n",
		"services/c/c.go":   "package c\n\nimport \"net/http\"\n\n// Routes serves the price.\nfunc Routes(mux *http.ServeMux) {\n\tmux.HandleFunc(\"GET /price\", func(w http.ResponseWriter, r *http.Request) {})\n}\n",
		"services/b/b.go":   "package b\n\nimport (\n\t\"context\"\n\t\"net/http\"\n)\n\n// Price asks c.\nfunc Price(ctx context.Context) error {\n\treq, err := http.NewRequestWithContext(ctx, \"GET\", \"http://c:8080/price\", nil)\n\tif err != nil {\n\t\treturn err\n\t}\n\tresp, err := (&http.Client{Timeout: time.Second}).Do(req)\n\tif err != nil {\n\t\treturn err\n\t}\n\treturn resp.Body.Close()\n}\n",
		"services/a/a.go":   "package a\n\n// Rule is a price rule.\nfunc Rule() int { return 1 }\n",
		"services/a/old.go": "package a\n\n// Old is renamed later.\nfunc Old() {}\n",
		"services/d/d.go":   "package d\n\n// Rule is a copy of a's price rule.\nfunc Rule() int { return 1 }\n",
		"services/e/e.go":   "package e\n\n// E is e.\nfunc E() {}\n",
	}
	files["services/b/b.go"] = strings.Replace(files["services/b/b.go"], "\t\"net/http\"\n", "\t\"net/http\"\n\t\"time\"\n", 1)
	for _, s := range []string{"a", "b", "c", "d", "e"} {
		imp := "example.com/cc/services/" + s
		body := "\t_ = " + s + ".Rule\n"
		switch s {
		case "b":
			body = "\t_ = b.Price(context.Background())\n"
		case "c":
			body = "\tmux := http.NewServeMux()\n\tc.Routes(mux)\n\t_ = http.ListenAndServe(\":8080\", mux)\n"
		case "e":
			body = "\te.E()\n"
		}
		imports := fmt.Sprintf("\t%q\n\t\"example.com/cc/pkg/log\"\n", imp)
		switch s {
		case "b":
			imports += "\t\"context\"\n"
		case "c":
			imports += "\t\"net/http\"\n"
		}
		files["cmd/"+s+"/main.go"] = fmt.Sprintf("package main\n\nimport (\n%s)\n\nfunc main() {\n\tlog.Print(%q)\n%s}\n", imports, s, body)
	}
	r.Write(files)
}

// TestE2ECochange builds a history with real git commands and checks what
// cochange makes of it: a pair that always changes together with no edge
// (a, d: reported), a pair with an edge (b, c: listed, not reported), a
// rename, a mass change, a bot's and a manifest-only commit (dropped), a
// sweep, and tickets split across commits (a pair only with --logical
// ticket).
func TestE2ECochange(t *testing.T) {
	t.Parallel()
	r := gittest.New(t)
	cochangeSystem(r)
	r.Commit("", "initial: five services") // touches all five: a sweep
	for i := range 6 {
		r.Touch("", fmt.Sprintf("price rule %d", i), "services/a/a.go", "services/d/d.go")
	}
	// a's file renamed, d changed with it: still a and d.
	r.Git("", "mv", "services/a/old.go", "services/a/renamed.go")
	r.Touch("", "rename and rule", "services/d/d.go")
	for i := range 6 {
		r.Touch("", fmt.Sprintf("price api %d", i), "services/b/b.go", "services/c/c.go")
	}
	// Noise: a bot, a manifest-only change, a mass change.
	r.Touch("renovate[bot] <bot@renovateapp.com>", "chore(deps): update", "services/a/a.go", "services/d/d.go")
	r.Write(map[string]string{"go.sum": "example.com/x v1.0.0 h1:x\n"})
	r.Commit("", "bump dependencies")
	mass := map[string]string{}
	for i := range 31 {
		mass[fmt.Sprintf("docs/page%02d.md", i)] = "page\n"
	}
	r.Write(mass)
	r.Touch("", "format everything", "services/a/a.go", "services/d/d.go")
	// e's changes reach two others more often than not.
	for i := range 4 {
		r.Touch("", fmt.Sprintf("checkout flow %d", i), "services/c/c.go", "services/d/d.go", "services/e/e.go")
	}
	// Tickets: each split into a commit on a and one on e.
	for i := range 5 {
		r.Touch("Dev Two <dev2@example.com>", fmt.Sprintf("SHOP-%d: part one", 10+i), "services/a/a.go")
		r.Touch("Dev Two <dev2@example.com>", fmt.Sprintf("SHOP-%d: part two", 10+i), "services/e/e.go")
	}

	env := testEnv()
	report := func(args ...string) cochangeView {
		t.Helper()
		res := runEnv(t, r.Dir, env, e2eBin, append([]string{"cochange", "--format", "json"}, args...)...)
		res.wantCode(t, exitClean)
		var v cochangeView
		if err := json.Unmarshal([]byte(res.stdout), &v); err != nil {
			t.Fatalf("%v\n%s", err, res.stdout)
		}
		return v
	}
	v := report("--since", "all")
	pair := func(v cochangeView, a, b string) *pairView {
		for i := range v.Pairs {
			if v.Pairs[i].A == a && v.Pairs[i].B == b {
				return &v.Pairs[i]
			}
		}
		return nil
	}
	ad := pair(v, "a", "d")
	if ad == nil || ad.Shared != 7 || ad.Hidden == nil || !*ad.Hidden {
		t.Errorf("pair a, d: %+v; want 7 shared changes (the rename's included), hidden", ad)
	}
	bc := pair(v, "b", "c")
	if bc == nil || bc.Shared != 6 || bc.Hidden == nil || *bc.Hidden || !slices.ContainsFunc(bc.Edges, func(e string) bool { return strings.HasPrefix(e, "sync http") }) {
		t.Errorf("pair b, c: %+v; want 6 shared changes and the model's http edge", bc)
	}
	if p := pair(v, "a", "e"); p != nil {
		t.Errorf("pair a, e by commit: %+v; want none (the tickets' parts are apart)", p)
	}
	left := make(map[string]int)
	for _, f := range v.LeftOut {
		left[f.Why] = f.Commits
	}
	for why, n := range map[string]int{
		"commits by bots": 1,
		"commits changing only dependency manifests and lock files":       1,
		"commits changing more than 30 files":                             1,
		"sweeping changes (four or more services, more than 50% of them)": 1,
	} {
		if left[why] != n {
			t.Errorf("left out %q: %d, want %d (all: %v)", why, left[why], n, v.LeftOut)
		}
	}
	if v.Read != 31 || v.ThreeOrMore != 4 {
		t.Errorf("commits read: %d, changes touching three or more services: %d; want 31, 4", v.Read, v.ThreeOrMore)
	}

	// By ticket, each ticket's two parts are one change: a and e pair up.
	if p := pair(report("--since", "all", "--logical", "ticket"), "a", "e"); p == nil || p.Shared != 5 {
		t.Errorf("pair a, e by ticket: %+v; want 5 shared changes", p)
	}

	// check reports the hidden pair, with its counts, the period and
	// examples, and not the pair the model links.
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(r.Dir, name), []byte(text), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	config := "version: 1\nservices:\n"
	for _, s := range []string{"a", "b", "c", "d", "e"} {
		config += fmt.Sprintf("  %s:\n    packages: [\"./cmd/%s\", \"./services/%s/...\"]\n", s, s, s)
	}
	write("boundcheck.yaml", config+"rules:\n  cochange:\n    since: all\n    wide-share: 40\n")
	res := runEnv(t, r.Dir, env, e2eBin, "check", "./...")
	var found []string
	for _, line := range strings.Split(res.stdout, "\n") {
		if strings.HasSuffix(line, "(cochange)") {
			found = append(found, line)
		}
	}
	if len(found) != 2 || !strings.HasPrefix(found[0], "cmd/a/main.go:1:1: services a and d changed together in 7 changes (degree ") ||
		!strings.Contains(found[0], "2026-01-05 to 2026-01-06") || !strings.Contains(found[0], `"price rule 5"`) ||
		!strings.HasPrefix(found[1], "cmd/e/main.go:1:1: service e cannot change alone: 4 of its 9 changes (44%, more than wide-share 40%") ||
		!strings.Contains(found[1], `"checkout flow 3"`) {
		t.Errorf("cochange findings:\n%s\nwant the hidden pair a, d and the service e, with counts, period and examples; stdout:\n%s\nstderr:\n%s", strings.Join(found, "\n"), res.stdout, res.stderr)
	}

	// graph --cochange draws the pairs: hidden ones red, in every format.
	res = runEnv(t, r.Dir, env, e2eBin, "graph", "--cochange", "--format", "json")
	res.wantCode(t, exitClean)
	var g struct {
		Cochange []struct {
			A, B           string
			Shared, Degree int
			Hidden         bool
		}
	}
	if err := json.Unmarshal([]byte(res.stdout), &g); err != nil {
		t.Fatal(err)
	}
	if len(g.Cochange) != 2 || g.Cochange[0].A != "b" || g.Cochange[0].Hidden || g.Cochange[1].A != "a" || g.Cochange[1].B != "d" || !g.Cochange[1].Hidden || g.Cochange[1].Shared != 7 {
		t.Errorf("graph --cochange: %+v; want b, c (linked) then a, d (hidden, 7)", g.Cochange)
	}
	dot := runEnv(t, r.Dir, env, e2eBin, "graph", "--cochange", "--format", "dot").stdout
	if !strings.Contains(dot, "constraint=false") || !strings.Contains(dot, `label="60% ×7"`) {
		t.Errorf("graph --cochange --format dot lacks the undirected, weighted pair a, d:\n%s", dot)
	}
	page := runEnv(t, r.Dir, env, e2eBin, "graph", "--cochange", "--format", "html").stdout
	if !strings.Contains(page, `"cochange":["d: degree 60%, 7 changes, no edge in the model"]`) || !strings.Contains(page, `class="edge co-change hidden"`) {
		t.Errorf("graph --cochange --format html lacks a's partner in the panel's data, or the hidden pair's edge")
	}
	// Without --cochange no pair is drawn, but the check's findings are,
	// as every enabled check's.
	drawn := runEnv(t, r.Dir, env, e2eBin, "graph", "--format", "json").stdout
	if strings.Contains(drawn, `"cochange":`) || !strings.Contains(drawn, "cochange: services a and d changed together") {
		t.Errorf("graph without --cochange: want no pairs and the cochange finding on a:\n%s", drawn)
	}

	// A new commit changes what cochange says though no file changed: the
	// result cache does not replay the run before it.
	cached := append(testEnv(), "BOUNDCHECK_CACHE="+t.TempDir())
	runEnv(t, r.Dir, cached, e2eBin, "check", "-v", "./...")
	if again := runEnv(t, r.Dir, cached, e2eBin, "check", "-v", "./..."); !strings.Contains(again.stderr, "results from the result cache") {
		t.Errorf("an unchanged repository was not replayed:\n%s", again.stderr)
	}
	r.Git("", "commit", "-q", "--allow-empty", "-m", "nothing")
	if after := runEnv(t, r.Dir, cached, e2eBin, "check", "-v", "./..."); strings.Contains(after.stderr, "results from the result cache") {
		t.Errorf("a run after a new commit was replayed:\n%s", after.stderr)
	}

	// A shallow clone: said, with the commits seen.
	shallow := filepath.Join(t.TempDir(), "shallow")
	r.Git("", "clone", "-q", "--depth", "3", "file://"+r.Dir, shallow)
	res = runEnv(t, shallow, env, e2eBin, "check", "./...")
	if !strings.Contains(res.stderr, "boundcheck: note: cochange: the repository is a shallow clone: 3 commits seen") {
		t.Errorf("a shallow clone is not said:\n%s", res.stderr)
	}

	// Not a git repository: check says so once and goes on.
	plain := t.TempDir()
	cochangeSystem(gittest.At(t, plain))
	res = runEnv(t, plain, env, e2eBin, "check", "./...")
	if n := strings.Count(res.stderr, "cochange: not in a git repository"); n != 1 || strings.Contains(res.stdout, "(cochange)") || res.code == exitError {
		t.Errorf("outside a repository: said %d times, exit %d; stdout:\n%s\nstderr:\n%s", n, res.code, res.stdout, res.stderr)
	}
}
