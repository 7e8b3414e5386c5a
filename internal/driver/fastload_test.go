package driver

import (
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"golang.org/x/tools/go/packages"
)

// TestLoadFastMatchesFloor: the dependency-only export load gives the same
// packages, with the same declarations and no errors, as packages.Load; with
// no guess of the export data it needs, and with a guess that holds what it
// needs, what it does not, and a path no module provides.
func TestLoadFastMatchesFloor(t *testing.T) {
	for name, guess := range map[string][]string{
		"no guess": nil,
		"guess":    {"example.invalid/nosuch", "net/http", "strings"},
	} {
		t.Run(name, func(t *testing.T) { testLoadFast(t, guess) })
	}
}

func testLoadFast(t *testing.T, guess []string) {
	if testing.Short() {
		t.Skip("runs the go command")
	}
	dir, err := filepath.Abs("../../testdata/e2e/broken")
	if err != nil {
		t.Fatal(err)
	}
	load := func(l func(*packages.Config, ...string) ([]*packages.Package, error)) map[string]*packages.Package {
		cfg := &packages.Config{Mode: LoadMode, Dir: dir, Fset: token.NewFileSet(), Tests: true, Env: append(os.Environ(), "GOWORK=off", "GOFLAGS=")}
		pkgs, err := l(cfg, "./...")
		if err != nil {
			t.Fatal(err)
		}
		out := make(map[string]*packages.Package)
		for _, p := range pkgs {
			out[p.ID] = p
		}
		return out
	}
	floor, fast := load(packages.Load), load(func(cfg *packages.Config, pats ...string) ([]*packages.Package, error) {
		return loadFast(cfg, nil, nil, guess, pats...)
	})
	var ids []string
	for id := range floor {
		ids = append(ids, id)
		if fast[id] == nil {
			t.Errorf("%s: loaded by packages.Load, missing from loadFast", id)
		}
	}
	slices.Sort(ids)
	for _, id := range ids {
		a, b := floor[id], fast[id]
		if b == nil {
			continue
		}
		if b.Types == nil || b.TypesInfo == nil || len(b.Syntax) != len(a.Syntax) {
			t.Errorf("%s: loadFast gave types %v, info %v, %d files; want %d files", id, b.Types != nil, b.TypesInfo != nil, len(b.Syntax), len(a.Syntax))
			continue
		}
		if got, want := b.Types.Scope().Names(), a.Types.Scope().Names(); !slices.Equal(got, want) {
			t.Errorf("%s: declarations %v, want %v", id, got, want)
		}
		// packages.Load also has the compiler's copy of a type error (it
		// compiles every package); the type checker's errors must match.
		if ta, tb := sourceErrors(a), sourceErrors(b); !slices.Equal(ta, tb) || a.IllTyped != b.IllTyped {
			t.Errorf("%s: errors %q (ill-typed %v), want %q (ill-typed %v)", id, tb, b.IllTyped, ta, a.IllTyped)
		}
		if len(a.Imports) > 0 && len(b.TypesInfo.Uses) == 0 {
			t.Errorf("%s: no uses recorded", id)
		}
	}
}

func sourceErrors(p *packages.Package) []string {
	var out []string
	for _, e := range p.Errors {
		if e.Kind == packages.TypeError || e.Kind == packages.ParseError {
			out = append(out, e.Error())
		}
	}
	return out
}
