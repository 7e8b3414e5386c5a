package tree

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

func TestScanTreeCached(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	t.Setenv("BOUNDCHECK_CACHE", "")
	t.Setenv("BOUNDCHECK_NOCACHE", "")
	root := t.TempDir()
	write := func(name, content string) {
		p := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("go.mod", "module example.com/m\n\ngo 1.22\n")
	write("cmd/orders/main.go", "package main\n\nimport _ \"example.com/m/pkg/log\"\n\nfunc main() {}\n")
	write("pkg/log/log.go", "package log\n")

	summary := func(tr *Tree) []string {
		var out []string
		for _, p := range tr.Packages {
			mod := ""
			if p.Module != nil {
				mod = p.Module.Path
				if p.Module != tr.Modules[0] {
					t.Errorf("%s: module pointer not shared with Tree.Modules", p.ImportPath)
				}
			}
			out = append(out, p.ImportPath+" "+p.Name+" "+mod+" "+p.Rel+" "+filepath.Base(p.Dir))
			out = append(out, p.Imports...)
		}
		return out
	}
	fresh, err := ScanTree(root, "")
	if err != nil {
		t.Fatal(err)
	}
	first, err := ScanTreeCached(root, "", "")
	if err != nil {
		t.Fatal(err)
	}
	file := cacheFile(root, "")
	if _, err := os.Stat(file); err != nil {
		t.Fatalf("no cache file written: %v", err)
	}
	second, err := ScanTreeCached(root, "", "")
	if err != nil {
		t.Fatal(err)
	}
	if first == second {
		t.Fatal("second scan returned the same object; want one decoded from the cache")
	}
	if !reflect.DeepEqual(summary(fresh), summary(second)) {
		t.Errorf("cached tree differs:\n got %q\nwant %q", summary(second), summary(fresh))
	}
	if second.Package("example.com/m/pkg/log") == nil {
		t.Error("cached tree lost its index by import path")
	}

	// A new package, and a changed import, must not be served stale.
	write("services/orders/store/store.go", "package store\n")
	later := time.Now().Add(2 * time.Second)
	write("pkg/log/log.go", "package log\n\nimport _ \"example.com/m/services/orders/store\"\n")
	os.Chtimes(filepath.Join(root, "pkg/log/log.go"), later, later)
	third, err := ScanTreeCached(root, "", "")
	if err != nil {
		t.Fatal(err)
	}
	if third.Package("example.com/m/services/orders/store") == nil {
		t.Error("new package missing after change: stale cache served")
	}
	if got := third.Package("example.com/m/pkg/log").Imports; len(got) != 1 {
		t.Errorf("pkg/log imports %v after change; want the new import", got)
	}
}

// TestScanTreeSession: within one session the first process checks the tree
// and the others trust it; a new session checks again.
func TestScanTreeSession(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	t.Setenv("BOUNDCHECK_CACHE", "")
	t.Setenv("BOUNDCHECK_NOCACHE", "")
	root := t.TempDir()
	os.WriteFile(filepath.Join(root, "go.mod"), []byte("module example.com/m\n"), 0o644)
	os.WriteFile(filepath.Join(root, "a.go"), []byte("package a\n"), 0o644)
	if _, err := ScanTreeCached(root, "", "s1"); err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Join(root, "b"), 0o755)
	os.WriteFile(filepath.Join(root, "b", "b.go"), []byte("package b\n"), 0o644)
	same, err := ScanTreeCached(root, "", "s1")
	if err != nil {
		t.Fatal(err)
	}
	if same.Package("example.com/m/b") != nil {
		t.Error("a process of the same session walked the tree again instead of trusting the first check")
	}
	next, err := ScanTreeCached(root, "", "s2")
	if err != nil {
		t.Fatal(err)
	}
	if next.Package("example.com/m/b") == nil {
		t.Error("a new session trusted an old check: stale tree")
	}
}
