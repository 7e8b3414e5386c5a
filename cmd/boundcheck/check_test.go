package main

import (
	"go/token"
	"path/filepath"
	"testing"

	"github.com/boundcheck/boundcheck/internal/driver"
	"github.com/boundcheck/boundcheck/rules/tree"
)

// TestRelProblem: a problem in the analysed tree is shown relative to the
// working directory, one in the module cache by its own path.
func TestRelProblem(t *testing.T) {
	cache := t.TempDir()
	t.Setenv("GOMODCACHE", cache)
	wd := filepath.Join(t.TempDir(), "repo", "src")
	for _, tt := range []struct{ file, want string }{
		{filepath.Join(wd, "orders", "main.go"), "orders/main.go:3:1: broken"},
		{filepath.Join(filepath.Dir(wd), "deploy", "k8s.yaml"), "../deploy/k8s.yaml:3:1: broken"},
		{filepath.Join(cache, "example.com", "x@v1.0.0", "x.go"), filepath.Join(cache, "example.com", "x@v1.0.0", "x.go") + ":3:1: broken"},
	} {
		p := driver.Problem{Pos: token.Position{Filename: tt.file, Line: 3, Column: 1}, Msg: "broken"}
		if got := relProblem(wd, p); got != tt.want {
			t.Errorf("relProblem(%s) = %q, want %q", tt.file, got, tt.want)
		}
	}
}

// TestOthersNote: one line per folder the program leaves out, with why, or
// one line for them all when there are many.
func TestOthersNote(t *testing.T) {
	wd := t.TempDir()
	const work = "holds a go.work of its own, another program; run boundcheck in it"
	others := func(names ...string) (out []tree.Outside) {
		for _, n := range names {
			out = append(out, tree.Outside{Dir: filepath.Join(wd, n), Why: work})
		}
		return out
	}
	got := othersNote(wd, &driver.Result{Others: others("shop")})
	if want := "boundcheck: not analysed: shop/ " + work; len(got) != 1 || got[0] != want {
		t.Errorf("one folder: %q", got)
	}
	got = othersNote(wd, &driver.Result{Others: others("t/ch1", "t/ch2", "t/ch3", "t/ch4")})
	if want := "boundcheck: not analysed: 4 folders that hold a go.work of their own or that the go.work does not use (t/ch1/, t/ch2/, t/ch3/, ...); boundcheck services lists them"; len(got) != 1 || got[0] != want {
		t.Errorf("four folders: %q", got)
	}
}
