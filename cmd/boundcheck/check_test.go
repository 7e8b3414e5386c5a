package main

import (
	"go/token"
	"path/filepath"
	"testing"

	"github.com/boundcheck/boundcheck/internal/driver"
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
