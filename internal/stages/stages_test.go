package stages_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/boundcheck/boundcheck/analyzers"
	"github.com/boundcheck/boundcheck/analyzers/check"
	"github.com/boundcheck/boundcheck/internal/driver"
	"github.com/boundcheck/boundcheck/internal/stages"
	"github.com/boundcheck/boundcheck/rules"
)

// TestForModel checks that the model's collector joins a run exactly when
// an enabled check needs the model or the command asks for it, and that
// the checks' steps and the command share one model, built once.
func TestForModel(t *testing.T) {
	set := rules.Empty()
	var needs, needsNot []*check.Check
	for _, c := range analyzers.Checks {
		if c.NeedsModel {
			needs = append(needs, c)
		} else {
			needsNot = append(needsNot, c)
		}
	}
	if len(needs) == 0 {
		t.Skip("no registered check needs the model")
	}
	collects := func(r *stages.Run) bool {
		for _, a := range r.Analyzers {
			if r.Analyzer(a.Name) == nil {
				return true // an analyzer that is no check's: the collector
			}
		}
		return false
	}
	if r := stages.For(set, needsNot, false); collects(r) {
		t.Errorf("checks that do not need the model run the collector: %v", r.Analyzers)
	}
	if r := stages.For(set, needsNot, true); !collects(r) {
		t.Errorf("a command that shows the model gets no collector")
	}
	r := stages.For(set, append(needsNot, needs...), false)
	if !collects(r) {
		t.Errorf("%s needs the model, and the run has no collector", needs[0].Name)
	}
	for _, c := range append(needsNot, needs...) {
		if (c.Analyzer != nil) != (r.Analyzer(c.Name) != nil) {
			t.Errorf("%s: analyzer in the run = %v, has one = %v", c.Name, r.Analyzer(c.Name) != nil, c.Analyzer != nil)
		}
	}

	// One program, two asks: the same model.
	dir := t.TempDir()
	write(t, filepath.Join(dir, "go.mod"), "module example.com/one\n\ngo 1.22\n")
	write(t, filepath.Join(dir, "main.go"), "package main\n\nfunc main() {}\n")
	set, err := rules.Load(dir, analyzers.Specs())
	if err != nil {
		t.Fatal(err)
	}
	r = stages.For(set, needs, false)
	res, err := driver.Run(driver.Options{Dir: dir, Set: set, Analyzers: r.Analyzers, Stages: r.Stages, Checks: analyzers.Names()})
	if err != nil {
		t.Fatal(err)
	}
	m := r.Model(res.Program)
	if m == nil || r.Model(res.Program) != m {
		t.Errorf("Model built %p, then %p: not one model per run", m, r.Model(res.Program))
	}
	if none := stages.For(set, needsNot, false); none.Model(res.Program) != nil {
		t.Errorf("a run without the collector built a model")
	}
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o666); err != nil {
		t.Fatal(err)
	}
}

// TestModelPlainVariant checks that the model is built from the plain
// variant of a package that has tests, which the rest of the program
// imports, on every run: a statement in a shared package with tests
// counts for the service whose code reaches it, placed on its database,
// whichever variant the results map gives first (the test variant's
// functions are not the ones main calls).
func TestModelPlainVariant(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "go.mod"), "module example.com/shop\n\ngo 1.22\n")
	for path, src := range map[string]string{
		"cmd/orders/main.go": `package main

import (
	"database/sql"

	"example.com/shop/pkg/store"
)

func main() {
	db, _ := sql.Open("postgres", "postgres://app@db:5432/shop")
	s := &store.Store{DB: db}
	_ = s.Count()
}
`,
		"pkg/store/store.go": `package store

import "database/sql"

type Store struct{ DB *sql.DB }

func (s *Store) Count() error {
	_, err := s.DB.Query("SELECT count(*) FROM orders")
	return err
}
`,
		"pkg/store/store_test.go": `package store

import (
	"database/sql"
	"testing"
)

func TestCount(t *testing.T) {
	db, _ := sql.Open("postgres", "postgres://test@localhost/test")
	_ = (&Store{DB: db}).Count()
}
`,
	} {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, path)), 0o777); err != nil {
			t.Fatal(err)
		}
		write(t, filepath.Join(dir, path), src)
	}
	set, err := rules.Load(dir, analyzers.Specs())
	if err != nil {
		t.Fatal(err)
	}
	for i := range 8 {
		r := stages.For(set, nil, true)
		res, err := driver.Run(driver.Options{Dir: dir, Set: set, Analyzers: r.Analyzers, Stages: r.Stages, Tests: true, Checks: analyzers.Names()})
		if err != nil {
			t.Fatal(err)
		}
		m := r.Model(res.Program)
		var got []string
		for _, a := range m.Tables {
			got = append(got, a.Service+" "+a.Table+" "+a.Resource)
		}
		if len(got) != 1 || got[0] != "orders orders postgres:db/shop" || len(m.Unplaced) != 0 {
			t.Fatalf("run %d: tables %v, %d unplaced; want [orders orders postgres:db/shop]", i, got, len(m.Unplaced))
		}
	}
}
