package driver

import (
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"

	rtree "github.com/boundcheck/boundcheck/rules/tree"
)

// TestSiblingFallback checks nested modules without a go.work that
// require one another at versions no proxy gives: the load is made again
// with the tree's folders in their place, and says which. A go.mod copied
// into another folder (same path, a folder the path does not end in) is
// not taken for the module; a module outside the tree that cannot be
// downloaded stays an error, and the tree's files are left as they were.
func TestSiblingFallback(t *testing.T) {
	dir := t.TempDir()
	const fakeSum = "example.com/shared v0.1.0 h1:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n" +
		"example.com/shared v0.1.0/go.mod h1:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n"
	svcMod := "module example.com/svc\n\ngo 1.22\n\nrequire example.com/shared v0.1.0\n"
	writeTree(t, dir, map[string]string{
		"shared/go.mod":    "module example.com/shared\n\ngo 1.22\n",
		"shared/shared.go": "package shared\n\nfunc Name() string { return \"shared\" }\n",
		"copy/go.mod":      "module example.com/shared\n\ngo 1.22\n",
		"copy/copy.go":     "package shared\n\nfunc Other() string { return \"copy\" }\n",
		"svc/go.mod":       svcMod,
		"svc/go.sum":       fakeSum,
		"svc/main.go":      "package main\n\nimport \"example.com/shared\"\n\nfunc main() { println(shared.Name()) }\n",
		"ext/go.mod":       "module example.com/ext\n\ngo 1.22\n\nrequire example.com/elsewhere v0.1.0\n",
		"ext/go.sum":       strings.ReplaceAll(fakeSum, "shared", "elsewhere"),
		"ext/main.go":      "package main\n\nimport \"example.com/elsewhere\"\n\nfunc main() { elsewhere.Run() }\n",
	})
	tree, err := rtree.ScanTree(dir, "")
	if err != nil {
		t.Fatal(err)
	}
	env := append(os.Environ(), "GOPROXY=off", "GOFLAGS=", "GOWORK=off", "GONOSUMDB=*", "GOFLAGS=-mod=readonly")
	loads, err := loadProgram(token.NewFileSet(), dir, []string{"./..."}, false, env, tree, nil)
	if err != nil {
		t.Fatal(err)
	}
	byDir := make(map[string]*load)
	for _, l := range loads {
		rel, _ := filepath.Rel(dir, l.dir)
		byDir[filepath.ToSlash(rel)] = l
	}
	svc := byDir["svc"]
	if svc == nil || svc.err != nil {
		t.Fatalf("svc: load %v", svc)
	}
	var paths []string
	for _, m := range svc.siblings {
		paths = append(paths, m.Path+" "+m.Dir)
	}
	if want := []string{"example.com/shared " + filepath.Join(dir, "shared")}; !slices.Equal(paths, want) {
		t.Errorf("svc: siblings %q, want %q", paths, want)
	}
	packages.Visit(svc.pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			t.Errorf("svc: %s: %v", p.PkgPath, e)
		}
		if p.PkgPath == "example.com/shared" && (len(p.GoFiles) != 1 || filepath.Dir(p.GoFiles[0]) != filepath.Join(dir, "shared")) {
			t.Errorf("example.com/shared from %q, want the tree's shared/", p.GoFiles)
		}
		// Another module of the tree is type-checked from source, so
		// that the analyzers' facts about it reach its importers.
		if p.PkgPath == "example.com/shared" && len(p.Syntax) == 0 {
			t.Errorf("example.com/shared has no syntax: loaded from export data")
		}
	})
	if note := siblingNote(dir, loads); note != "the module proxy could not give 1 module(s) of this tree at the versions the go.mod of 1 module(s) require; their folders here were analysed instead, as a go.work would: example.com/shared (shared)" {
		t.Errorf("note: %s", note)
	}

	ext := byDir["ext"]
	if ext == nil || len(ext.siblings) > 0 {
		t.Fatalf("ext: load %+v, want no siblings", ext)
	}
	failed := ext.err != nil
	packages.Visit(ext.pkgs, nil, func(p *packages.Package) { failed = failed || len(p.Errors) > 0 })
	if !failed {
		t.Errorf("ext: a module no proxy gives and the tree does not hold loaded without error")
	}
	if data, err := os.ReadFile(filepath.Join(dir, "svc", "go.mod")); err != nil || string(data) != svcMod {
		t.Errorf("svc/go.mod changed: %q, %v", data, err)
	}
}
