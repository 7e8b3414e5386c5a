// Package driver runs boundcheck over a whole program: one go/packages load,
// the analyzers through the x/tools checker, then the whole-program stage,
// and every finding through one pipeline (suppressions, sorting).
package driver

import (
	"errors"
	"fmt"
	"go/token"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"sort"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/boundcheck/boundcheck/internal/findings"
	"github.com/boundcheck/boundcheck/internal/pkgcache"
	"github.com/boundcheck/boundcheck/internal/resultcache"
	"github.com/boundcheck/boundcheck/rules"
	"github.com/boundcheck/boundcheck/rules/tree"
)

// LoadMode is the floor every run pays: syntax and types for the packages
// under analysis, their dependencies from export data.
const LoadMode = packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
	packages.NeedImports | packages.NeedTypes | packages.NeedTypesSizes |
	packages.NeedSyntax | packages.NeedTypesInfo | packages.NeedModule

// A Program is what the whole-program stage sees.
type Program struct {
	Set      *rules.Set
	Fset     *token.FileSet
	Packages []*packages.Package // the packages analysed, one variant each
	// Results holds each analyzer's result per package.
	Results map[*analysis.Analyzer]map[*packages.Package]any
}

// A Stage is a whole-program check over the service model. Later checks
// (shared datastores, sync chains) hang here.
type Stage struct {
	Name string // the analyzer name its findings carry
	Run  func(*Program) []findings.Finding
}

// Options configure one run.
type Options struct {
	Dir       string // working directory; patterns are relative to it
	Patterns  []string
	Set       *rules.Set
	Analyzers []*analysis.Analyzer // every analyzer to run, enabled ones only
	Stages    []Stage
	// Checks are the names of every check, for the //boundcheck:ignore
	// directives: a directive may name a check that is not running.
	Checks []string
	Tests  bool // analyse _test.go files too
	Env    []string
	// Progress hears how far the run is; nil hears nothing.
	Progress Progress
	// Cache, when not nil, holds the analyzers' per-package entries
	// (internal/pkgcache); Salt hashes what every entry depends on
	// besides its package's files and imports.
	Cache *resultcache.Cache
	Salt  [32]byte
}

// A Problem is something that stopped part of the program from being
// analysed: a load or type error, or an analyzer that failed. Pos may be
// empty.
type Problem struct {
	Pos token.Position
	Msg string
}

func (p Problem) String() string {
	if p.Pos.Filename == "" {
		return p.Msg
	}
	return fmt.Sprintf("%s: %s", p.Pos, p.Msg)
}

// Result is what a run found.
type Result struct {
	Findings []findings.Finding // suppressed, deduplicated and sorted
	Problems []Problem          // load errors and internal errors, sorted
	Packages int                // packages analysed
	Modules  int                // modules with a package analysed
	Services []string           // services with at least one package analysed, sorted
	// Others are the folders the patterns reach that the program leaves
	// out (tree.Tree.Others), not analysed.
	Others []tree.Outside
	// Notes say what the run did that the user may not expect, and that
	// is no problem: modules of the tree analysed from their folders
	// because the module proxy could not give them.
	Notes []string
	// Program is what the whole-program stages saw; nil when nothing was
	// analysed.
	Program *Program
	// Timings say where the run's time went: the load, the analysis
	// (wall time, then each analyzer's passes summed), each whole-program
	// stage.
	Timings []Timing
	// Cached counts the analyses read from the per-package cache and
	// those run; nil when the run had no cache.
	Cached *pkgcache.Stats
}

// Run loads the packages, runs the analyzers and the whole-program stage, and
// passes every finding through the suppression directives.
func Run(opts Options) (*Result, error) {
	if opts.Progress != nil {
		defer opts.Progress.Finish()
		opts.Progress.Phase("loading packages", -1)
	}
	fset := token.NewFileSet()
	loadStart := time.Now()
	var times loadTimes
	loads, err := loadProgram(fset, opts.Dir, opts.Patterns, opts.Tests, opts.Env, opts.Set.Tree, &times)
	if err != nil {
		return nil, err
	}
	loadTime := time.Since(loadStart)
	var problems []Problem
	var dirs []string
	for _, m := range opts.Set.Tree.Modules {
		dirs = append(dirs, m.Dir)
	}
	var pkgs []*packages.Package
	for _, l := range loads {
		if l.err != nil {
			problems = append(problems, moduleProblem(opts.Dir, l))
			continue
		}

		problems = append(problems, packageProblems(l.pkgs, l.dir, append([]string{opts.Dir}, dirs...))...)
		pkgs = append(pkgs, l.pkgs...)
	}
	res, err := Analyze(opts, fset, pkgs)
	if err != nil {
		return nil, err
	}
	res.Timings = slices.Concat([]Timing{{Kind: TimeLoad, D: loadTime}}, times.timings(), res.Timings)
	res.Others = otherPrograms(opts)
	if note := siblingNote(opts.Dir, loads); note != "" {
		res.Notes = append(res.Notes, note)
	}
	var roots []*packages.Package
	if res.Program != nil {
		roots = res.Program.Packages
	}
	// What was not analysed is said last, after the problems that say why.
	res.Problems = append(problems, res.Problems...)
	sortProblems(res.Problems)
	res.Problems = append(res.Problems, coverageProblems(opts, loads, roots, res.Services)...)
	return res, nil
}

// Analyze is Run after the load: it picks the variant of each of pkgs to
// analyse, runs the analyzers and the whole-program stages, and passes
// every finding through the suppression directives. pkgs were loaded into
// fset with syntax and types, as Load does; Analyze reports the problems
// of the analysis, not those of the load, nor what the load left out.
// Tests call it on packages they load themselves, from GOPATH trees.
func Analyze(opts Options, fset *token.FileSet, pkgs []*packages.Package) (*Result, error) {
	res := &Result{}
	roots := detach(selectRoots(pkgs, opts.Set))
	res.Packages = len(roots)
	res.Modules = countModules(roots)
	res.Services = analysedServices(roots, opts.Set)
	if len(roots) == 0 {
		return res, nil
	}
	var cache *pkgcache.Cache
	if opts.Cache != nil {
		cache = pkgcache.New(opts.Cache, opts.Salt, fset, pkgs)
		for _, a := range opts.Analyzers {
			cache.Wrap(a)
		}
	}
	for _, a := range opts.Analyzers {
		Guard(a)
	}
	if opts.Progress != nil {
		opts.Progress.Phase("analysing packages", len(roots)*len(opts.Analyzers))
	}
	paths := make(map[string]bool, len(roots))
	for _, r := range roots {
		paths[r.PkgPath] = true
	}
	counter := startCounting(fset, opts.Progress, paths)
	analysisStart := time.Now()
	graph, err := checker.Analyze(opts.Analyzers, roots, &checker.Options{})
	counter.stop(fset)
	res.Timings = append([]Timing{{Kind: TimeAnalysis, D: time.Since(analysisStart)}}, counter.analyzerTimings()...)
	if cache != nil {
		st := cache.Stats()
		res.Cached = &st
	}
	if err != nil {
		return nil, err
	}

	prog := &Program{Set: opts.Set, Fset: fset, Packages: roots, Results: make(map[*analysis.Analyzer]map[*packages.Package]any)}
	res.Program = prog
	var all []findings.Finding
	for _, act := range graph.Roots {
		if act.Err != nil {
			if pr, ok := actionProblem(act); ok {
				res.Problems = append(res.Problems, pr)
			}
			continue
		}
		if prog.Results[act.Analyzer] == nil {
			prog.Results[act.Analyzer] = make(map[*packages.Package]any)
		}
		prog.Results[act.Analyzer][act.Package] = act.Result
		for _, d := range act.Diagnostics {
			all = append(all, toFinding(fset, opts.Set, act.Package.PkgPath, act.Analyzer.Name, d))
		}
	}
	ran := make(map[string]bool)
	for _, a := range opts.Analyzers {
		ran[a.Name] = true
	}
	if opts.Progress != nil && len(opts.Stages) > 0 {
		opts.Progress.Phase("whole-program checks", len(opts.Stages))
	}
	for _, st := range opts.Stages {
		ran[st.Name] = true
		stageStart := time.Now()
		fs, perr := runStage(st, prog)
		res.Timings = append(res.Timings, Timing{Kind: TimeStage, Name: st.Name, D: time.Since(stageStart)})
		if opts.Progress != nil {
			opts.Progress.Done(1)
		}
		if perr != nil {
			res.Problems = append(res.Problems, *perr)
			continue
		}
		all = append(all, fs...)
	}

	// One pipeline: suppressions → sort.
	var directives []*findings.Directive
	for _, p := range roots {
		directives = append(directives, findings.ParseDirectives(fset, p.Syntax, append(opts.Checks[:len(opts.Checks):len(opts.Checks)], findings.DirectiveAnalyzer))...)
	}
	directives = uniqueDirectives(directives)
	ix := findings.NewIndex(directives)
	kept := all[:0]
	for _, f := range all {
		if !ix.Suppressed(f.Analyzer, f.Pos) {
			kept = append(kept, f)
		}
	}
	kept = append(kept, ix.Problems(func(name string) bool { return ran[name] })...)
	res.Findings = findings.Sort(kept)
	sortProblems(res.Problems)
	return res, nil
}

// Load is the floor: one go/packages load of the patterns, syntax and types
// for the packages under analysis, dependencies from export data. The
// benchmark measures a run against it.
func Load(fset *token.FileSet, dir string, patterns []string, tests bool, env []string) ([]*packages.Package, error) {
	pkgs, err := packages.Load(loadConfig(fset, dir, tests, env), defaultPatterns(patterns)...)
	if err != nil {
		return nil, loadError(err)
	}
	return pkgs, nil
}

func loadConfig(fset *token.FileSet, dir string, tests bool, env []string) *packages.Config {
	return &packages.Config{Mode: LoadMode, Dir: dir, Fset: fset, Tests: tests, Env: env}
}

func defaultPatterns(patterns []string) []string {
	if len(patterns) == 0 {
		return []string{"./..."}
	}
	return patterns
}

// loadError explains a failure of the go command itself.
func loadError(err error) error {
	msg := err.Error()
	// go/packages wraps the go command's stderr; keep only what it said.
	if i := strings.Index(msg, "stderr: "); i >= 0 {
		err = errors.New(strings.TrimSpace(msg[i+len("stderr: "):]))
		msg = err.Error()
	}
	if strings.Contains(msg, "go.mod file not found") || strings.Contains(msg, "cannot find main module") {
		return fmt.Errorf("%w\nrun boundcheck inside a Go module, or in a folder above several", err)
	}
	return err
}

// selectRoots picks, for each package, the variant to analyse: the one with
// its _test.go files when there is one (a superset of the plain package), and
// the external test package; the generated test main and ignored packages are
// left out.
func selectRoots(pkgs []*packages.Package, set *rules.Set) []*packages.Package {
	hasTestVariant := make(map[string]bool)
	for _, p := range pkgs {
		if p.ForTest != "" && p.PkgPath == p.ForTest {
			hasTestVariant[p.PkgPath] = true
		}
	}
	var roots []*packages.Package
	seen := make(map[string]bool)
	for _, p := range pkgs {
		if strings.HasSuffix(p.ID, ".test") && p.Name == "main" && p.ForTest == "" && strings.HasSuffix(p.PkgPath, ".test") {
			continue // the generated test main
		}
		if p.ForTest == "" && hasTestVariant[p.PkgPath] {
			continue
		}
		if info := set.Lookup(strings.TrimSuffix(p.PkgPath, "_test")); info != nil && info.Role == rules.RoleIgnored {
			continue
		}
		if seen[p.ID] || p.Types == nil {
			continue
		}
		if len(p.CompiledGoFiles) == 0 && len(p.Errors) > 0 {
			continue // what the go command made of a pattern it could not match
		}
		seen[p.ID] = true
		roots = append(roots, p)
	}
	sort.Slice(roots, func(i, j int) bool { return roots[i].ID < roots[j].ID })
	return roots
}

// detach returns copies of roots whose Imports keep only packages loaded from
// source. Dependencies loaded from export data have no syntax for analyzers
// that need facts, and facts only matter between the packages under analysis.
func detach(roots []*packages.Package) []*packages.Package {
	copies := make(map[*packages.Package]*packages.Package)
	var cp func(p *packages.Package) *packages.Package
	cp = func(p *packages.Package) *packages.Package {
		if c, ok := copies[p]; ok {
			return c
		}
		c := *p
		copies[p] = &c
		c.Imports = make(map[string]*packages.Package)
		for path, imp := range p.Imports {
			if imp.Syntax != nil && imp.TypesInfo != nil {
				c.Imports[path] = cp(imp)
			}
		}
		return &c
	}
	out := make([]*packages.Package, len(roots))
	for i, r := range roots {
		out[i] = cp(r)
	}
	return out
}

// Guard makes a panic in a's Run an error naming the analyzer and package,
// so one broken pass cannot take the run down with a stack trace.
func Guard(a *analysis.Analyzer) {
	run := a.Run
	if run == nil {
		return
	}
	a.Run = func(pass *analysis.Pass) (res any, err error) {
		start := time.Now()
		defer func() {
			if r := recover(); r != nil {
				err = &InternalError{Analyzer: pass.Analyzer.Name, Package: pass.Pkg.Path(), Panic: r, Stack: debug.Stack()}
			}
			passDone(pass, time.Since(start))
		}()
		return run(pass)
	}
}

// An InternalError is a panic inside an analyzer.
type InternalError struct {
	Analyzer, Package string
	Panic             any
	Stack             []byte
}

func (e *InternalError) Error() string {
	return fmt.Sprintf("internal error: analyzer %s panicked on package %s: %v; please report it with this message", e.Analyzer, e.Package, e.Panic)
}

// actionProblem turns a failed action into a Problem that names the analyzer
// and the package. It reports false for a package skipped because of its own
// errors, which packageProblems reports with their positions.
func actionProblem(act *checker.Action) (Problem, bool) {
	msg := act.Err.Error()
	switch {
	case strings.HasPrefix(msg, "analysis skipped due to errors in package"):
		if len(act.Package.Errors) > 0 {
			return Problem{}, false
		}
		msg = fmt.Sprintf("analyzer %s skipped package %s: a package it imports has errors", act.Analyzer.Name, act.Package.PkgPath)
	case failedDeps(act) != nil:
		// The facts or results of a prerequisite are missing because it
		// was not analysed.
		imports := failedDeps(act)
		what := strings.Join(imports, ", ") + ", which it imports, could not be analysed"
		if imports[0] == act.Package.PkgPath {
			what = "an analyzer it needs failed on it"
		}
		msg = fmt.Sprintf("analyzer %s skipped package %s: %s", act.Analyzer.Name, act.Package.PkgPath, what)
	}
	return Problem{Msg: msg}, true
}

// failedDeps returns the packages of the actions act depended on that
// failed, sorted and without repeats, or nil.
func failedDeps(act *checker.Action) []string {
	var out []string
	for _, d := range act.Deps {
		if d.Err != nil && !slices.Contains(out, d.Package.PkgPath) {
			out = append(out, d.Package.PkgPath)
		}
	}
	slices.Sort(out)
	return out
}

func runStage(st Stage, prog *Program) (fs []findings.Finding, p *Problem) {
	defer func() {
		if r := recover(); r != nil {
			fs, p = nil, &Problem{Msg: fmt.Sprintf("internal error: whole-program check %s panicked: %v; please report it with this message", st.Name, r)}
		}
	}()
	return st.Run(prog), nil
}

func toFinding(fset *token.FileSet, set *rules.Set, pkgPath, analyzer string, d analysis.Diagnostic) findings.Finding {
	f := findings.Finding{
		Analyzer: analyzer,
		Pos:      fset.Position(d.Pos),
		Message:  d.Message,
		Resource: d.Category,
	}
	if d.End.IsValid() {
		f.End = fset.Position(d.End)
	}
	if info := set.Lookup(strings.TrimSuffix(pkgPath, "_test")); info != nil {
		f.Service = info.Service
	}
	for _, r := range d.Related {
		f.Related = append(f.Related, findings.Related{Pos: fset.Position(r.Pos), Message: r.Message})
	}
	return f
}

// packageProblems lists the load, parse and type errors of the packages,
// once each.
func packageProblems(pkgs []*packages.Package, runDir string, dirs []string) []Problem {
	seen := make(map[string]bool)
	var out []Problem
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			if repeated(p, e) {
				continue
			}
			pr := Problem{Msg: explain(e)}
			if e.Pos != "" && e.Pos != "-" {
				pr.Pos = parsePos(e.Pos)
				pr.Pos.Filename = absolute(p, pr.Pos.Filename, runDir, dirs)
			} else {
				pr.Msg = fmt.Sprintf("package %s: %s", p.PkgPath, pr.Msg)
			}
			if k := pr.String(); !seen[k] {
				seen[k] = true
				out = append(out, pr)
			}
		}
	})
	return out
}

// repeated reports whether e says again what another error says with a
// better position: the go command's copy of the compiler's errors
// ("# path\nfile:line:col: ..."), or the type checker's "could not import P"
// when P has errors of its own that say why.
func repeated(p *packages.Package, e packages.Error) bool {
	switch e.Kind {
	case packages.ListError:
		if !strings.HasPrefix(e.Msg, "# ") {
			return false
		}
		for _, o := range p.Errors {
			if o.Kind == packages.TypeError || o.Kind == packages.ParseError {
				return true
			}
		}
	case packages.TypeError:
		if rest, ok := strings.CutPrefix(e.Msg, "could not import "); ok {
			path, _, _ := strings.Cut(rest, " ")
			imp := p.Imports[path]
			return imp != nil && len(imp.Errors) > 0
		}
	}
	return false
}

// explain adds the fix to the go command's errors that have a standard one,
// and keeps the go command's own fix on the message's line.
func explain(e packages.Error) string {
	msg := e.Msg
	if e.Kind == packages.ListError {
		msg = strings.ReplaceAll(msg, ":\n\t", ": ")
	}
	switch {
	case strings.Contains(msg, "missing go.sum entry"):
		return msg + "; run `go mod download` (or `go mod tidy`) in the module"
	case strings.Contains(msg, "no required module provides package") && strings.Contains(msg, "go get"):
		return msg
	case strings.Contains(msg, "no required module provides package"):
		return msg + "; add the module with `go get`, then `go mod download`"
	case strings.Contains(msg, "cannot find module providing package"), strings.Contains(msg, "module lookup disabled"):
		return msg + "; the module is not in the module cache: run `go mod download`"
	}
	return msg
}

// absolute resolves a file name the go command gave relative to runDir,
// the directory it ran in.
func absolute(p *packages.Package, name, runDir string, dirs []string) string {
	if name == "" || filepath.IsAbs(name) {
		return name
	}
	for _, f := range slices.Concat(p.GoFiles, p.CompiledGoFiles, p.OtherFiles, p.IgnoredFiles) {
		if strings.HasSuffix(f, string(filepath.Separator)+filepath.FromSlash(name)) {
			return f
		}
	}
	if full := filepath.Join(runDir, name); fileExists(full) {
		return full
	}
	if p.Module != nil && p.Module.Dir != "" {
		dirs = append([]string{p.Module.Dir}, dirs...)
	}
	// An error reported on a dependency (an import no module provides)
	// names the importing file relative to the module the go command ran in.
	var found []string
	for _, d := range dirs {
		if full := filepath.Join(d, name); fileExists(full) && !slices.Contains(found, full) {
			found = append(found, full)
		}
	}
	if len(found) == 1 {
		return found[0]
	}
	return name
}

func fileExists(name string) bool {
	_, err := os.Stat(name)
	return err == nil
}

func parsePos(s string) token.Position {
	// file:line:col or file:line
	var p token.Position
	parts := strings.Split(s, ":")
	n := len(parts)
	if n >= 3 {
		if _, err := fmt.Sscan(parts[n-2], &p.Line); err == nil {
			fmt.Sscan(parts[n-1], &p.Column)
			p.Filename = strings.Join(parts[:n-2], ":")
			return p
		}
	}
	if n >= 2 {
		if _, err := fmt.Sscan(parts[n-1], &p.Line); err == nil {
			p.Filename = strings.Join(parts[:n-1], ":")
			return p
		}
	}
	p.Filename = s
	return p
}

func uniqueDirectives(ds []*findings.Directive) []*findings.Directive {
	seen := make(map[token.Position]bool)
	out := ds[:0]
	for _, d := range ds {
		if !seen[d.Pos] {
			seen[d.Pos] = true
			out = append(out, d)
		}
	}
	return out
}

func sortProblems(ps []Problem) {
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i].Pos, ps[j].Pos
		if a.Filename != b.Filename {
			return a.Filename < b.Filename
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Column != b.Column {
			return a.Column < b.Column
		}
		return ps[i].Msg < ps[j].Msg
	})
}

// Finding turns a diagnostic an analyzer or a stage made in the package
// with the given import path into a finding.
func (p *Program) Finding(pkgPath, analyzer string, d analysis.Diagnostic) findings.Finding {
	return toFinding(p.Fset, p.Set, pkgPath, analyzer, d)
}
