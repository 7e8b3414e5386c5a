// Package checktest tests boundcheck's checks over the whole program, the
// way analysistest tests one analyzer package by package.
//
// Run runs a check as `boundcheck check` does: the check's analyzer on
// each package, the model's fact collector when the check needs the model,
// and the check's whole-program step, composed by internal/stages and run
// by driver.Analyze, the code the CLI runs after its load. Every finding,
// from a package or from the whole program, must match a `// want
// "regexp"` comment on its line, and every want must be matched: the
// comments are analysistest's, and analysistest itself matches them.
//
// Notes checks facts that are not findings (the calls, messages and
// datastores the interactions collector records) against notes written
// in the testdata beside the code they describe: //@call("http GET {?}")
// says that the line holds one fact of kind call that renders as the
// string. The test renders the facts; the notes hold the expectations.
package checktest

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/packages"

	"github.com/boundcheck/boundcheck/analyzers"
	"github.com/boundcheck/boundcheck/analyzers/check"
	"github.com/boundcheck/boundcheck/internal/driver"
	"github.com/boundcheck/boundcheck/internal/findings"
	"github.com/boundcheck/boundcheck/internal/stages"
	"github.com/boundcheck/boundcheck/model"
	"github.com/boundcheck/boundcheck/rules"
)

// Run runs c for set over the packages patterns match (with their tests)
// in gopath, a GOPATH tree such as stubtest.GOPATH returns, as `boundcheck
// check` does, and checks its findings against the `// want` comments of
// the packages' files. Problems of the run (load and type errors, a
// failed analyzer or whole-program step) are test errors too.
func Run(t *testing.T, gopath string, set *rules.Set, c *check.Check, patterns ...string) *Result {
	t.Helper()
	fset := token.NewFileSet()
	cfg := &packages.Config{
		Mode:  driver.LoadMode | packages.NeedDeps,
		Dir:   gopath,
		Fset:  fset,
		Tests: true,
		Env:   append(os.Environ(), "GOPATH="+gopath, "GO111MODULE=off", "GOWORK=off"),
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		t.Fatalf("loading %s: %v", patterns, err)
	}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			t.Errorf("loading %s: %v", p.ID, e)
		}
	})
	run := stages.For(set, []*check.Check{c}, false)
	res, err := driver.Analyze(driver.Options{
		Dir:       gopath,
		Patterns:  patterns,
		Set:       set,
		Analyzers: run.Analyzers,
		Stages:    run.Stages,
		Checks:    analyzers.Names(),
		Tests:     true,
	}, fset, pkgs)
	if err != nil {
		t.Fatalf("running %s: %v", c.Name, err)
	}
	for _, p := range res.Problems {
		t.Errorf("running %s: %v", c.Name, p)
	}
	if res.Packages == 0 {
		t.Errorf("running %s: %s match no package", c.Name, patterns)
	}
	var a *analysis.Analyzer
	if c.Analyzer != nil {
		a = c.Analyzer(set)
	}
	match(t, gopath, a, res.Findings, patterns)
	out := &Result{Findings: res.Findings, Model: run.Model(res.Program)}
	if a := run.Analyzer(c.Name); res.Program != nil && a != nil {
		out.Results = res.Program.Results[a]
	}
	return out
}

// A Result is what Run found, for a test's further checks.
type Result struct {
	Findings []findings.Finding // every finding, sorted
	// Results holds the result of the check's analyzer for each package
	// analysed, as the check's whole-program step saw them; nil when the
	// check has no analyzer.
	Results map[*packages.Package]any
	// Model is the system model the check's step saw, nil when it needs
	// none.
	Model *model.Model
}

// match checks the findings against the want comments by handing them to
// analysistest as the diagnostics of an analyzer that reports them where
// they are: analysistest reports those no want matches and the wants
// nothing matches, at file:line. The analyzer is a, the check's, with its
// own diagnostics dropped (they are among the findings), so that its facts
// are checked against the wants as analysistest checks them; without one,
// an analyzer that only reports.
func match(t *testing.T, gopath string, a *analysis.Analyzer, fs []findings.Finding, patterns []string) {
	t.Helper()
	byFile := make(map[string][]findings.Finding)
	for _, f := range fs {
		byFile[f.Pos.Filename] = append(byFile[f.Pos.Filename], f)
	}
	reporter := &analysis.Analyzer{
		Name: "checktest",
		Doc:  "reports the findings of a whole-program run, for analysistest to match",
		Run:  func(*analysis.Pass) (any, error) { return nil, nil },
	}
	if a != nil {
		copied := *a
		reporter = &copied
	}
	run := reporter.Run
	reporter.Run = func(pass *analysis.Pass) (any, error) {
		quiet := *pass
		quiet.Report = func(analysis.Diagnostic) {}
		res, err := run(&quiet)
		for _, file := range pass.Files {
			tf := pass.Fset.File(file.Pos())
			for _, f := range byFile[tf.Name()] {
				pass.Report(analysis.Diagnostic{Pos: tf.Pos(f.Pos.Offset), Message: f.Message})
			}
		}
		return res, err
	}
	seen := make(map[string]bool) // files of the packages analysistest checks
	for _, r := range analysistest.Run(t, gopath, reporter, patterns...) {
		if r.Pass == nil {
			continue
		}
		for _, file := range r.Pass.Files {
			seen[r.Pass.Fset.File(file.Pos()).Name()] = true
		}
	}
	// A finding outside the packages analysistest checks would go unseen.
	for _, f := range fs {
		if !seen[f.Pos.Filename] {
			t.Errorf("%s: unexpected finding outside the packages of %s: %s", relative(gopath, f.Pos), patterns, f.Message)
		}
	}
}

// relative is pos with its file named from gopath/src, as analysistest
// names it.
func relative(gopath string, pos token.Position) string {
	if rel, err := filepath.Rel(filepath.Join(gopath, "src"), pos.Filename); err == nil && !strings.HasPrefix(rel, "..") {
		pos.Filename = rel
	}
	return pos.String()
}

// A Fact is something a test found at a position and renders as text, to
// be checked against the notes in the files.
type Fact struct {
	Pos  token.Pos
	Kind string // the name of the notes that expect it: call, message, ...
	Text string // what a note's argument must equal
}

// Notes checks facts against the notes of the given kinds in files, which
// were parsed into fset with their comments. A note is a // comment that
// starts with @, or holds //@ after other text, followed by one or more
// Go calls of one string literal each, separated by commas:
//
//	resp, err := c.Post(url, ...) //@call("http POST ${PAYMENTS_URL}/charges")
//	sub.Receive(ctx, h) // a comment //@message("consume pubsub orders"), message("publish ...")
//
// Each note expects one fact of its kind on its line whose Text equals
// its string; a fact no note expects and a note no fact meets are test
// errors at file:line. Notes of other kinds are left alone, and files
// without a note of the kinds are an error: they would check nothing. The
// notes are parsed by go/parser as Go expressions.
func Notes(t testing.TB, fset *token.FileSet, files []*ast.File, facts []Fact, kinds ...string) {
	t.Helper()
	type key struct {
		file string
		line int
		kind string
	}
	want := make(map[key][]string)
	notes := 0
	for _, f := range files {
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				text, ok := noteText(c.Text)
				if !ok {
					continue
				}
				pos := fset.Position(c.Pos())
				ns, err := parseNotes(text)
				if err != nil {
					t.Errorf("%s: %v", short(pos), err)
					continue
				}
				for _, n := range ns {
					if slices.Contains(kinds, n.kind) {
						k := key{pos.Filename, pos.Line, n.kind}
						want[k] = append(want[k], n.text)
						notes++
					}
				}
			}
		}
	}
	if notes == 0 {
		t.Errorf("no //@%s notes in the files: nothing was checked", strings.Join(kinds, ", //@"))
	}
	var errs []string
	var at []token.Position
	report := func(pos token.Position, format string, args ...any) {
		at = append(at, pos)
		errs = append(errs, short(pos)+": "+fmt.Sprintf(format, args...))
	}
	for _, f := range facts {
		pos := fset.Position(f.Pos)
		k := key{pos.Filename, pos.Line, f.Kind}
		if i := slices.Index(want[k], f.Text); i >= 0 {
			want[k] = slices.Delete(want[k], i, i+1)
			continue
		}
		report(pos, "unexpected %s %q", f.Kind, f.Text)
	}
	for k, texts := range want {
		for _, s := range texts {
			report(token.Position{Filename: k.file, Line: k.line}, "no %s %q", k.kind, s)
		}
	}
	order := make([]int, len(errs))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		return cmp.Or(cmp.Compare(at[a].Filename, at[b].Filename), cmp.Compare(at[a].Line, at[b].Line), cmp.Compare(errs[a], errs[b]))
	})
	for _, i := range order {
		t.Errorf("%s", errs[i])
	}
}

// noteText returns the notes of a comment: what follows its leading @ or
// its first //@.
func noteText(comment string) (string, bool) {
	text, ok := strings.CutPrefix(comment, "//")
	if !ok {
		return "", false
	}
	if rest, ok := strings.CutPrefix(strings.TrimSpace(text), "@"); ok {
		return rest, true
	}
	if _, rest, ok := strings.Cut(text, "//@"); ok {
		return rest, true
	}
	return "", false
}

type note struct{ kind, text string }

// parseNotes parses `kind("text"), kind("text")` as the arguments of a Go
// call.
func parseNotes(text string) ([]note, error) {
	e, err := parser.ParseExpr("_(" + text + ")")
	if err != nil {
		return nil, fmt.Errorf("malformed note %q: %v", text, err)
	}
	var out []note
	for _, arg := range e.(*ast.CallExpr).Args {
		call, ok := arg.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			return nil, fmt.Errorf("malformed note %q: want kind(\"text\")", text)
		}
		id, ok1 := call.Fun.(*ast.Ident)
		lit, ok2 := call.Args[0].(*ast.BasicLit)
		if !ok1 || !ok2 || lit.Kind != token.STRING {
			return nil, fmt.Errorf("malformed note %q: want kind(\"text\")", text)
		}
		s, err := strconv.Unquote(lit.Value)
		if err != nil {
			return nil, fmt.Errorf("malformed note %q: %v", text, err)
		}
		out = append(out, note{id.Name, s})
	}
	return out, nil
}

// short is pos with its file named from the GOPATH's src folder, as
// analysistest names it, or by its base name outside one.
func short(pos token.Position) string {
	if i := strings.LastIndex(pos.Filename, string(filepath.Separator)+"src"+string(filepath.Separator)); i >= 0 {
		pos.Filename = pos.Filename[i+len("/src/"):]
	} else {
		pos.Filename = filepath.Base(pos.Filename)
	}
	pos.Column = 0
	return pos.String()
}
