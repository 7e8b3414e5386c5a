// Package stages composes a run: the analyzers of the enabled checks, the
// interactions model builder when a check needs it, and the whole-program
// stages that turn their results into findings. The CLI and the benchmarks
// share it, so that both measure the same work.
package stages

import (
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/boundcheck/boundcheck/analyzers/interactions"
	"github.com/boundcheck/boundcheck/analyzers/notimeout"
	"github.com/boundcheck/boundcheck/analyzers/syncchain"
	"github.com/boundcheck/boundcheck/internal/driver"
	"github.com/boundcheck/boundcheck/internal/findings"
	"github.com/boundcheck/boundcheck/model"
	"github.com/boundcheck/boundcheck/rules"
)

// For returns the analyzers to run for the enabled checks (with the
// interactions model builder added when syncchain is on) and the
// whole-program stages.
func For(set *rules.Set, enabled []*analysis.Analyzer) ([]*analysis.Analyzer, []driver.Stage) {
	inter := interactions.New(set)
	as := enabled
	if set.Enabled("syncchain") {
		as = append(enabled[:len(enabled):len(enabled)], inter)
	}
	return as, stages(enabled, inter)
}

// WithModel is For with the interactions analyzer always in the run, for
// commands that need the model (graph) besides the checks' findings; it
// returns the analyzer whose results Model reads.
func WithModel(set *rules.Set, enabled []*analysis.Analyzer) ([]*analysis.Analyzer, []driver.Stage, *analysis.Analyzer) {
	inter := interactions.New(set)
	as := append(enabled[:len(enabled):len(enabled)], inter)
	return as, stages(enabled, inter), inter
}

// stages returns the whole-program steps for the enabled analyzers; inter
// is the interactions analyzer that runs beside syncchain.
func stages(as []*analysis.Analyzer, inter *analysis.Analyzer) []driver.Stage {
	var out []driver.Stage
	for _, a := range as {
		switch a.Name {
		case "notimeout":
			out = append(out, notimeoutStage(a))
		case "syncchain":
			out = append(out, syncchainStage(a, inter))
		}
	}
	return out
}

// notimeoutStage judges calls on incoming request contexts per service:
// only the whole program shows which services install timeout middleware.
func notimeoutStage(a *analysis.Analyzer) driver.Stage {
	return driver.Stage{Name: a.Name, Run: func(p *driver.Program) []findings.Finding {
		results := make(map[string]*notimeout.Result)
		pkgs := make(map[string]*packages.Package)
		for pkg, r := range p.Results[a] {
			res, ok := r.(*notimeout.Result)
			if !ok {
				continue
			}
			path := strings.TrimSuffix(pkg.PkgPath, "_test")
			merged := results[path]
			if merged == nil {
				merged = new(notimeout.Result)
				results[path] = merged
			}
			merged.Merge(res)
			if pkgs[path] == nil || pkg.PkgPath == path {
				pkgs[path] = pkg
			}
		}
		var out []findings.Finding
		for path, ds := range notimeout.Resolve(p.Set, results) {
			for _, d := range ds {
				out = append(out, p.Finding(pkgs[path], a.Name, d))
			}
		}
		return out
	}}
}

// syncchainStage reports the long chains and cycles of the program's
// interaction model.
func syncchainStage(a, inter *analysis.Analyzer) driver.Stage {
	return driver.Stage{Name: a.Name, Run: func(p *driver.Program) []findings.Finding {
		m, pkgs := Model(p, inter)
		var out []findings.Finding
		for _, r := range syncchain.Check(m, p.Set.SyncChainMaxDepth) {
			out = append(out, p.Finding(pkgs[r.Pkg], a.Name, r.Diag))
		}
		return out
	}}
}

// Model assembles the interaction model from the interactions analyzer's
// results. External test packages are left out: tests are not deployed.
func Model(p *driver.Program, inter *analysis.Analyzer) (*model.Model, map[string]*packages.Package) {
	pkgs := make(map[string]*packages.Package)
	var inputs []model.Input
	for pkg, r := range p.Results[inter] {
		res, ok := r.(*model.Result)
		if !ok || strings.HasSuffix(pkg.PkgPath, "_test") {
			continue
		}
		if _, dup := pkgs[pkg.PkgPath]; dup {
			continue
		}
		pkgs[pkg.PkgPath] = pkg
		inputs = append(inputs, model.Input{Path: pkg.PkgPath, Types: pkg.Types, Result: res})
	}
	return model.Build(p.Set, p.Fset, inputs), pkgs
}
