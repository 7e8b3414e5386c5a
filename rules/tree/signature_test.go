package tree

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSignature checks what changes a tree's signature: a file's content
// at the same size, a deployment file, vendored code, a folder outside the
// tree that go.mod replaces a module with; and what does not: node_modules,
// a nested program with a go.work of its own.
func TestSignature(t *testing.T) {
	top := t.TempDir()
	root := filepath.Join(top, "repo")
	write := func(name, content string) {
		t.Helper()
		p := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("go.mod", "module example.com/m\n\ngo 1.22\n\nrequire example.com/lib v0.0.0\n\nreplace example.com/lib => ../lib\n")
	write("cmd/orders/main.go", "package main\n\nfunc main() { println(1) }\n")
	write("../lib/go.mod", "module example.com/lib\n")
	write("../lib/lib.go", "package lib\n")
	write("vendor/modules.txt", "# example.com/x v1.0.0\n")
	write("web/node_modules/x/index.js", "1")
	write("other/go.work", "go 1.22\n")
	write("other/a.go", "package a\n")

	sig := func() [32]byte {
		t.Helper()
		tr, err := ScanTree(root, "")
		if err != nil {
			t.Fatal(err)
		}
		s, err := tr.Signature(nil)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	last := sig()
	for _, tt := range []struct {
		name, file, content string
		changes             bool
	}{
		{"same size, other content", "cmd/orders/main.go", "package main\n\nfunc main() { println(2) }\n", true},
		{"a compose file", "docker-compose.yml", "services: {}\n", true},
		{"vendored code", "vendor/example.com/x/x.go", "package x\n", true},
		{"the replacement module", "../lib/lib.go", "package lib // v2\n", true},
		{"node_modules", "web/node_modules/x/index.js", "2", false},
		{"a program of its own", "other/a.go", "package a // v2\n", false},
		{"nothing", "cmd/orders/main.go", "package main\n\nfunc main() { println(2) }\n", false},
	} {
		write(tt.file, tt.content)
		now := sig()
		if changed := now != last; changed != tt.changes {
			t.Errorf("%s (%s): signature changed %t, want %t", tt.name, tt.file, changed, tt.changes)
		}
		last = now
	}
}

// BenchmarkSignature hashes a tree of 2,000 packages of five 4 KB files
// each (40 MB of source): what a run answered from the result cache pays,
// besides loading the rule set. BOUNDCHECK_BENCH_DIR names a real checkout
// to hash instead.
func BenchmarkSignature(b *testing.B) {
	root := os.Getenv("BOUNDCHECK_BENCH_DIR")
	if root == "" {
		root = b.TempDir()
		src := []byte("package p\n\n" + strings.Repeat("// a line of the file, to give it its size.\n", 90))
		if err := os.WriteFile(filepath.Join(root, "go.mod"), []byte("module example.com/big\n\ngo 1.22\n"), 0o644); err != nil {
			b.Fatal(err)
		}
		for i := range 2000 {
			dir := filepath.Join(root, "services", fmt.Sprintf("s%03d", i/10), fmt.Sprintf("p%d", i%10))
			if err := os.MkdirAll(dir, 0o755); err != nil {
				b.Fatal(err)
			}
			for j := range 5 {
				if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("f%d.go", j)), src, 0o644); err != nil {
					b.Fatal(err)
				}
			}
		}
	}
	tr, err := ScanTree(root, "")
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		if _, err := tr.Signature(nil); err != nil {
			b.Fatal(err)
		}
	}
}
