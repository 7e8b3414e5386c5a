package analyzers_test

import (
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/boundcheck/boundcheck/analyzers"
	"github.com/boundcheck/boundcheck/rules"
	"github.com/boundcheck/boundcheck/rules/config"
)

var update = flag.Bool("update", false, "rewrite the README's table of checks from the registry, and boundcheck.schema.json from config.Schema")

// TestRegistry checks that every entry is whole: sorted and unique names,
// documentation titled with the name, an analyzer of the same name, a step
// that reads the model when it says it needs one, and settings whose
// defaults have their kind.
func TestRegistry(t *testing.T) {
	names := analyzers.Names()
	if !slices.IsSorted(names) || len(slices.Compact(slices.Clone(names))) != len(names) {
		t.Errorf("check names are not sorted and unique: %v", names)
	}
	for _, c := range analyzers.Checks {
		if !strings.HasPrefix(c.Doc, c.Name+": ") || c.Title() == "" {
			t.Errorf("%s: documentation does not start with %q and a title: %.40q", c.Name, c.Name+": ", c.Doc)
		}
		if c.Analyzer == nil && c.Program == nil {
			t.Errorf("%s: neither an analyzer nor a whole-program step", c.Name)
		}
		if c.NeedsModel && c.Program == nil {
			t.Errorf("%s: needs the model but has no whole-program step to read it", c.Name)
		}
		if c.Analyzer != nil {
			a := c.Analyzer(rules.Empty())
			if a.Name != c.Name || a.Doc != c.Doc {
				t.Errorf("%s: its analyzer is named %q, or documented otherwise than the check", c.Name, a.Name)
			}
		}
		for _, st := range c.Settings {
			var ok bool
			switch st.Kind {
			case config.IntSetting:
				var v int
				v, ok = st.Default.(int)
				ok = ok && v >= st.Min
			case config.BoolSetting:
				_, ok = st.Default.(bool)
			case config.StringSetting:
				_, ok = st.Default.(string)
			}
			if !ok || st.Name == "" || st.Name == "enabled" || st.Doc == "" {
				t.Errorf("%s: setting %v is not a valid %s setting with a name and a doc", c.Name, st, st.Kind)
			}
		}
	}
	if analyzers.Lookup("nosuch") != nil {
		t.Error(`Lookup("nosuch") found a check`)
	}
}

// TestNoOtherCheckLists fails when code outside the registry and the
// checks' own folders spells a check's name: such a list goes stale when a
// check is added or removed, and fails neither the build nor the tests.
// Tests and testdata may name checks.
func TestNoOtherCheckLists(t *testing.T) {
	names := make(map[string]bool)
	for _, c := range analyzers.Checks {
		names[c.Name] = true
	}
	root := filepath.Join("..")
	fset := token.NewFileSet()
	files := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); name == "testdata" || name == "examples" || (strings.HasPrefix(name, ".") && path != root) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		rel := filepath.ToSlash(path[len(root)+1:])
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		files++
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			s, err := strconv.Unquote(lit.Value)
			if err != nil || !names[s] {
				return true
			}
			if !strings.HasPrefix(rel, "analyzers/"+s+"/") {
				t.Errorf("%s: %q names a check outside its folder; read the name from the registry (package analyzers)", fset.Position(lit.Pos()), s)
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files < 50 {
		t.Fatalf("read %d Go files under %s; the walk is broken", files, root)
	}
}

// The README's table of checks is between these lines.
const (
	tableStart = "<!-- checks: made from the registry by go test ./analyzers -update -->\n"
	tableEnd   = "<!-- end of checks -->\n"
)

// TestREADMETable keeps the README's table of checks as the registry
// makes it; -update rewrites it.
func TestREADMETable(t *testing.T) {
	const file = "../README.md"
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	i, j := strings.Index(text, tableStart), strings.Index(text, tableEnd)
	if i < 0 || j < i {
		t.Fatalf("README.md has no table of checks between %q and %q", tableStart, tableEnd)
	}
	got, want := text[i+len(tableStart):j], checkTable()
	if got == want {
		return
	}
	if *update {
		if err := os.WriteFile(file, []byte(text[:i+len(tableStart)]+want+text[j:]), 0o666); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("README.md's table of checks is not the registry's; run go test ./analyzers -run TestREADMETable -update\ngot:\n%s\nwant:\n%s", got, want)
}

// checkTable renders the registry as the README's table.
func checkTable() string {
	var b strings.Builder
	b.WriteString("| check | reports | runs on | settings |\n|---|---|---|---|\n")
	for _, c := range analyzers.Checks {
		var runs []string
		if c.Analyzer != nil {
			runs = append(runs, "each package (also under `go vet`)")
		}
		if c.Program != nil {
			runs = append(runs, "the whole program (`boundcheck check`)")
		}
		settings := "—"
		if len(c.Settings) > 0 {
			var ss []string
			for _, st := range c.Settings {
				def := strings.ReplaceAll(fmt.Sprint(st.Default), "|", `\|`) // a table's cell
				ss = append(ss, fmt.Sprintf("`%s` (%s, default `%s`): %s", st.Name, st.Kind, def, strings.ReplaceAll(st.Doc, "|", `\|`)))
			}
			settings = strings.Join(ss, "; ")
		}
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s |\n", c.Name, c.Title(), strings.Join(runs, "; "), settings)
	}
	return b.String()
}

// TestConfigKnowsTheRegistry checks that the config accepts exactly the
// registered checks and their settings: a planned check is refused until it
// lands.
func TestConfigKnowsTheRegistry(t *testing.T) {
	var src strings.Builder
	src.WriteString("services:\n  a:\n    packages: [./a/...]\nrules:\n")
	for _, c := range analyzers.Checks {
		fmt.Fprintf(&src, "  %s:\n    enabled: true\n", c.Name)
		for _, st := range c.Settings {
			v := fmt.Sprint(st.Default)
			if s, ok := st.Default.(string); ok { // single-quoted: regular expressions hold [ and \
				v = "'" + strings.ReplaceAll(s, "'", "''") + "'"
			}
			fmt.Fprintf(&src, "    %s: %s\n", st.Name, v)
		}
	}
	if _, err := config.DecodeConfig("boundcheck.yaml", []byte(src.String()), analyzers.Specs()); err != nil {
		t.Errorf("a config naming every check and setting is refused: %v\n%s", err, src.String())
	}
	for _, planned := range []string{"shareddb", "idempotency", "cochange"} {
		if analyzers.Lookup(planned) != nil {
			continue // it has landed
		}
		_, err := config.DecodeConfig("boundcheck.yaml", []byte("rules:\n  "+planned+": {enabled: true}\n"), analyzers.Specs())
		if err == nil || !strings.Contains(err.Error(), `unknown analyzer "`+planned+`"`) {
			t.Errorf("rules.%s is accepted before the check exists (error %v)", planned, err)
		}
	}
}
