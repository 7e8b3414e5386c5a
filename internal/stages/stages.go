// Package stages composes a run from the registry of checks: the
// per-package analyzers of the enabled checks, the collector of the system
// model's facts when a check or the command needs the model, and the
// checks' whole-program steps. The model is built at most once per run.
// The CLI and the benchmarks share it, so that both measure the same work.
package stages

import (
	"maps"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/boundcheck/boundcheck/analyzers"
	"github.com/boundcheck/boundcheck/analyzers/check"
	"github.com/boundcheck/boundcheck/analyzers/interactions"
	"github.com/boundcheck/boundcheck/internal/driver"
	"github.com/boundcheck/boundcheck/internal/findings"
	"github.com/boundcheck/boundcheck/model"
	"github.com/boundcheck/boundcheck/rules"
)

// A Run is the work of one run of the checks.
type Run struct {
	Analyzers []*analysis.Analyzer // to run on each package
	Stages    []driver.Stage       // the checks' whole-program steps

	collector *analysis.Analyzer // the model's fact collector; nil when no model is needed
	once      sync.Once
	model     *model.Model
}

// For returns the run of checks; withModel, the system model is built
// even when no check needs it, for a command that shows it (graph).
func For(set *rules.Set, checks []*check.Check, withModel bool) *Run {
	r := &Run{Analyzers: analyzers.PerPackage(set, checks)}
	for _, c := range checks {
		withModel = withModel || c.NeedsModel
	}
	if withModel {
		r.collector = interactions.New(set)
		r.Analyzers = append(r.Analyzers, r.collector)
	}
	for _, c := range checks {
		if c.Program != nil {
			r.Stages = append(r.Stages, r.stage(c, r.Analyzer(c.Name)))
		}
	}
	return r
}

// Analyzer returns the run's analyzer of the named check, nil when it has
// none in the run.
func (r *Run) Analyzer(check string) *analysis.Analyzer {
	for _, a := range r.Analyzers {
		if a != r.collector && a.Name == check {
			return a
		}
	}
	return nil
}

// stage is c's whole-program step; a is c's analyzer in the run, if any.
func (r *Run) stage(c *check.Check, a *analysis.Analyzer) driver.Stage {
	return driver.Stage{Name: c.Name, Run: func(p *driver.Program) []findings.Finding {
		var out []findings.Finding
		cp := &check.Program{
			Set:     p.Set,
			Fset:    p.Fset,
			Results: p.Results[a],
			Report: func(path string, d analysis.Diagnostic) {
				out = append(out, p.Finding(path, c.Name, d))
			},
		}
		if c.NeedsModel {
			cp.Model = r.Model(p)
		}
		c.Program(cp)
		return out
	}}
}

// Model returns the system model of the program, built from the
// collector's facts on the first call; nil when the run collects none.
// External test packages are left out: tests are not deployed.
func (r *Run) Model(p *driver.Program) *model.Model {
	if r.collector == nil || p == nil {
		return nil
	}
	r.once.Do(func() {
		// One variant of each package: the plain one, which the rest of
		// the program imports (its call edges name that variant's
		// functions), else the variant with its tests. Never the
		// map's order: a run must not depend on it.
		chosen := make(map[string]*packages.Package)
		for pkg, res := range p.Results[r.collector] {
			if _, ok := res.(*model.Result); !ok || strings.HasSuffix(pkg.PkgPath, "_test") {
				continue
			}
			if old, ok := chosen[pkg.PkgPath]; !ok || isTestVariant(old) && !isTestVariant(pkg) {
				chosen[pkg.PkgPath] = pkg
			}
		}
		var inputs []model.Input
		for _, path := range slices.Sorted(maps.Keys(chosen)) {
			pkg := chosen[path]
			inputs = append(inputs, model.Input{Path: path, Types: pkg.Types, Result: p.Results[r.collector][pkg].(*model.Result)})
		}
		r.model = model.Build(p.Set, p.Fset, inputs)
	})
	return r.model
}

// isTestVariant reports whether pkg is a package recompiled with its
// tests ("p [p.test]"), by its ID: ForTest is not set on every such
// variant the loader makes.
func isTestVariant(pkg *packages.Package) bool {
	return strings.HasSuffix(pkg.ID, ".test]")
}
