package golangci_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	_ "github.com/boundcheck/boundcheck/golangci"
	"github.com/boundcheck/boundcheck/internal/driver"
)

// TestPlugin runs the plugin the way golangci-lint's module plugin system
// does: it finds the constructor by name in the register, makes the plugin
// from settings, and runs the analyzers it builds on the example shop,
// whose gateway imports an internal package of orders and probes it with
// http.Get: both per-package findings come out, and nothing of the
// whole-program checks.
func TestPlugin(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the example shop, which needs its modules")
	}
	newPlugin, err := register.GetPlugin("boundcheck")
	if err != nil {
		t.Fatal(err)
	}
	shop, err := filepath.Abs("../examples/shop")
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPlugin(map[string]any{"dir": shop})
	if err != nil {
		t.Fatal(err)
	}
	if p.GetLoadMode() != register.LoadModeTypesInfo {
		t.Errorf("load mode %q, want %q", p.GetLoadMode(), register.LoadModeTypesInfo)
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, a := range as {
		names = append(names, a.Name)
	}
	if !slices.Contains(names, "crossimport") || !slices.Contains(names, "notimeout") || slices.Contains(names, "syncchain") {
		t.Errorf("analyzers %v: want the per-package checks, without the whole-program ones", names)
	}
	pkgs, err := packages.Load(&packages.Config{Mode: driver.LoadMode, Dir: shop, Env: os.Environ()}, "./...")
	if err != nil {
		t.Fatal(err)
	}
	graph, err := checker.Analyze(as, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for act := range graph.All() {
		for _, d := range act.Diagnostics {
			pos := act.Package.Fset.Position(d.Pos)
			rel, _ := filepath.Rel(shop, pos.Filename)
			got = append(got, fmt.Sprintf("%s %s:%d", act.Analyzer.Name, filepath.ToSlash(rel), pos.Line))
		}
	}
	for _, want := range []string{"crossimport services/gateway/handler/orders.go:13", "notimeout services/gateway/handler/readyz.go:40"} {
		if !slices.Contains(got, want) {
			t.Errorf("findings %v lack %q", got, want)
		}
	}
}

// TestPluginBadInput: unknown settings and an invalid config file are
// errors that say what is wrong, not a plugin that checks nothing.
func TestPluginBadInput(t *testing.T) {
	newPlugin, err := register.GetPlugin("boundcheck")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := newPlugin(map[string]any{"config": "x.yaml"}); err == nil || !strings.Contains(err.Error(), "unknown field") {
		t.Errorf("unknown setting: error %v", err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module example.com/m\n\ngo 1.26\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "boundcheck.yaml"), []byte("services:\n  a:\n    packags: [\".\"]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := newPlugin(map[string]any{"dir": dir}); err == nil || !strings.Contains(err.Error(), "invalid config") || !strings.Contains(err.Error(), "boundcheck.yaml:3:5") {
		t.Errorf("invalid config: error %v", err)
	}
}
