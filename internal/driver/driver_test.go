package driver_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/boundcheck/boundcheck/analyzers"
	"github.com/boundcheck/boundcheck/internal/driver"
	"github.com/boundcheck/boundcheck/internal/findings"
	"github.com/boundcheck/boundcheck/rules"
)

// TestRunAnalyzerPanic checks that a panic in one analyzer, or in a
// whole-program check, becomes a Problem naming it, and that the other
// analyzers' findings are still reported.
func TestRunAnalyzerPanic(t *testing.T) {
	dir := t.TempDir()
	for name, src := range map[string]string{
		"go.mod":         "module example.com/tiny\n\ngo 1.26\n",
		"greet/greet.go": "// Package greet says hello.\npackage greet\n\n// Hello says hello.\nfunc Hello() string { return \"hello\" }\n",
	} {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(src), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	set, err := rules.Load(dir, analyzers.Specs())
	if err != nil {
		t.Fatal(err)
	}
	boom := &analysis.Analyzer{
		Name: "boom",
		Doc:  "boom: panics on every package",
		Run:  func(*analysis.Pass) (any, error) { panic("kaboom") },
	}
	hello := &analysis.Analyzer{
		Name: "hello",
		Doc:  "hello: reports every package clause",
		Run: func(pass *analysis.Pass) (any, error) {
			for _, f := range pass.Files {
				pass.Reportf(f.Name.Pos(), "package %s", f.Name.Name)
			}
			return nil, nil
		},
	}
	stage := driver.Stage{
		Name: "wholeboom",
		Run:  func(*driver.Program) []findings.Finding { panic("kaboom again") },
	}
	res, err := driver.Run(driver.Options{
		Dir:       dir,
		Set:       set,
		Analyzers: append(analyzers.PerPackage(set, analyzers.Enabled(set)), boom, hello),
		Stages:    []driver.Stage{stage},
	})
	if err != nil {
		t.Fatalf("Run: %v", err)
	}

	var analyzerProblem, stageProblem bool
	for _, p := range res.Problems {
		msg := p.String()
		if strings.Contains(msg, "goroutine ") {
			t.Errorf("problem holds a stack trace: %s", msg)
		}
		switch {
		case strings.Contains(msg, "internal error") && strings.Contains(msg, "boom") &&
			strings.Contains(msg, "example.com/tiny/greet") && strings.Contains(msg, "kaboom"):
			analyzerProblem = true
		case strings.Contains(msg, "internal error") && strings.Contains(msg, "wholeboom") && strings.Contains(msg, "kaboom again"):
			stageProblem = true
		default:
			t.Errorf("unexpected problem: %s", msg)
		}
	}
	if !analyzerProblem {
		t.Errorf("no problem says \"internal error\" and names analyzer boom, package example.com/tiny/greet and the panic; problems: %v", res.Problems)
	}
	if !stageProblem {
		t.Errorf("no problem says \"internal error\" and names whole-program check wholeboom and the panic; problems: %v", res.Problems)
	}

	if len(res.Findings) != 1 {
		t.Fatalf("got %d findings, want hello's one: %+v", len(res.Findings), res.Findings)
	}
	f := res.Findings[0]
	if f.Analyzer != "hello" || f.Message != "package greet" || filepath.Base(f.Pos.Filename) != "greet.go" || f.Pos.Line != 2 {
		t.Errorf("finding = %s %s:%d %q, want hello greet.go:2 \"package greet\"", f.Analyzer, filepath.Base(f.Pos.Filename), f.Pos.Line, f.Message)
	}
}
