package driver

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"

	rtree "github.com/boundcheck/boundcheck/rules/tree"
)

// writeTree writes files (slash-separated name → content) below dir.
func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, src := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(src), 0o666); err != nil {
			t.Fatal(err)
		}
	}
}

// TestPlanLoads checks which go command runs a run's patterns become, for a
// root module with nested modules, two of which share a module path.
func TestPlanLoads(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"go.mod":                       "module example.com/root\n",
		"lib/lib.go":                   "package lib\n",
		"services/a/go.mod":            "module example.com/a\n",
		"services/a/main.go":           "package main\n",
		"services/b/go.mod":            "module service\n",
		"services/b/main.go":           "package main\n",
		"services/c/go.mod":            "module service\n",
		"services/c/main.go":           "package main\n",
		"services/c/internal/x/x.go":   "package x\n",
		"services/c/tools/gen/main.go": "package main\n",
	})
	tree, err := rtree.ScanTree(dir, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		wd       string
		patterns []string
		want     string
	}{
		{".", nil, ". [./...]; services/a [./...]; services/b [./...]; services/c [./...]"},
		{"services", []string{"./..."}, ". [./services/...]; services/a [./...]; services/b [./...]; services/c [./...]"},
		{".", []string{"./services/c/..."}, "services/c [./...]"},
		{".", []string{"./services/c/internal/x"}, "services/c [./internal/x]"},
		{".", []string{"./services/c"}, "services/c [.]"},
		{".", []string{"./lib"}, ". [./lib]"},
		{".", []string{"example.com/a/..."}, "services/a [example.com/a/...]"},
		{".", []string{"service[services/c]/internal/x"}, "services/c [service/internal/x]"},
		{".", []string{"service/..."}, "services/b [service/...]; services/c [service/...]"},
		{".", []string{"example.com/..."}, ". [example.com/root/...]; services/a [example.com/a/...]"},
		{".", []string{"fmt"}, ". [fmt]"},
		{"services/c", []string{"./..."}, "services/c [./...]"},
	} {
		loads, err := planLoads(filepath.Join(dir, tt.wd), tt.patterns, tree)
		if err != nil {
			t.Errorf("%s %q: %v", tt.wd, tt.patterns, err)
			continue
		}
		var got []string
		for _, l := range loads {
			rel, _ := filepath.Rel(dir, l.dir)
			got = append(got, fmt.Sprintf("%s %v", filepath.ToSlash(rel), l.patterns))
		}
		if g := strings.Join(got, "; "); g != tt.want {
			t.Errorf("in %s, %q:\n got %s\nwant %s", tt.wd, tt.patterns, g, tt.want)
		}
	}
}

// TestKeyer checks that the packages of modules sharing a path get their
// keys, test variants included, and that other packages are left alone.
func TestKeyer(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"b/go.mod":  "module service\n",
		"b/main.go": "package main\n",
		"c/go.mod":  "module service\n",
		"c/main.go": "package main\n",
		"d/go.mod":  "module other\n",
		"d/main.go": "package main\n",
	})
	tree, err := rtree.ScanTree(dir, "")
	if err != nil {
		t.Fatal(err)
	}
	rekey := keyer(tree)
	for _, tt := range []struct {
		mod, id, path, forTest string
		want                   string
	}{
		{"c", "service/x", "service/x", "", "service[c]/x service[c]/x "},
		{"c", "service/x [service/x.test]", "service/x", "service/x", "service[c]/x [service[c]/x.test] service[c]/x service[c]/x"},
		{"c", "service/x_test [service/x.test]", "service/x_test", "service/x", "service[c]/x_test [service[c]/x.test] service[c]/x_test service[c]/x"},
		{"b", "service", "service", "", "service[b] service[b] "},
		{"b", "service.test", "service.test", "", "service[b].test service[b].test "},
		{"d", "other/x", "other/x", "", "other/x other/x "},
	} {
		p := &packages.Package{ID: tt.id, PkgPath: tt.path, ForTest: tt.forTest, Module: &packages.Module{Dir: filepath.Join(dir, tt.mod)}}
		changed := rekey(p)
		if got := p.ID + " " + p.PkgPath + " " + p.ForTest; got != tt.want {
			t.Errorf("%s in %s: got %q, want %q", tt.id, tt.mod, got, tt.want)
		}
		if changed != (tt.mod != "d") {
			t.Errorf("%s in %s: rekey reported %v", tt.id, tt.mod, changed)
		}
	}
}

// TestGuessExports checks what the largest load guesses it will need the
// export data of: the imports of its module's packages from outside the
// tree (tests' too), not those of the tree or of another module; and
// nothing for narrower patterns.
func TestGuessExports(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"go.mod":       "module example.com/root\n",
		"a/a.go":       "package a\n\nimport (\n\t\"fmt\"\n\t\"unsafe\"\n\n\t\"example.com/ext/x\"\n\t\"example.com/root/b\"\n)\n",
		"a/a_test.go":  "package a\n\nimport \"testing\"\n",
		"a/slow.go":    "//go:build integration\n\npackage a\n\nimport \"example.com/heavy\"\n",
		"b/b.go":       "package b\n\nimport (\n\t\"C\"\n\t\"strings\"\n\n\t\"example.com/small\"\n)\n",
		"small/go.mod": "module example.com/small\n",
		"small/s.go":   "package small\n\nimport \"net/http\"\n",
	})
	tree, err := rtree.ScanTree(dir, "")
	if err != nil {
		t.Fatal(err)
	}
	loads, err := planLoads(dir, []string{"./..."}, tree)
	if err != nil {
		t.Fatal(err)
	}
	l := largestLoad(loads, tree)
	if l == nil || l.module.Path != "example.com/root" {
		t.Fatalf("largest load = %+v, want the root module's", l)
	}
	want := "example.com/ext/x fmt strings testing"
	if got := strings.Join(guessExports(l, tree, true), " "); got != want {
		t.Errorf("guess with tests = %q, want %q", got, want)
	}
	if got, want := strings.Join(guessExports(l, tree, false), " "), "example.com/ext/x fmt strings"; got != want {
		t.Errorf("guess without tests = %q, want %q", got, want)
	}
	narrow := &load{dir: dir, module: l.module, patterns: []string{"./a/..."}}
	if got := guessExports(narrow, tree, true); got != nil {
		t.Errorf("guess for ./a/... = %q, want none", got)
	}
}

// TestPatternFolder checks which patterns name folders, and which folder.
func TestPatternFolder(t *testing.T) {
	dir := filepath.FromSlash("/repo/svc")
	for _, tt := range []struct {
		pat, want string
		ok        bool
	}{
		{"./...", "/repo/svc", true},
		{".", "/repo/svc", true},
		{"../other/...", "/repo/other", true},
		{"/abs/x/...", "/abs/x", true},
		{"example.com/m/...", "", false},
	} {
		got, ok := PatternFolder(dir, tt.pat)
		if ok != tt.ok || got != filepath.FromSlash(tt.want) {
			t.Errorf("PatternFolder(%q) = %q, %t; want %q, %t", tt.pat, got, ok, tt.want, tt.ok)
		}
	}
}
