package main

import (
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/boundcheck/boundcheck/analyzers/notimeout"
	"github.com/boundcheck/boundcheck/internal/driver"
	"github.com/boundcheck/boundcheck/internal/findings"
)

// stages returns the whole-program steps for the analyzers that run.
func stages(as []*analysis.Analyzer) []driver.Stage {
	var out []driver.Stage
	for _, a := range as {
		if a.Name == "notimeout" {
			out = append(out, notimeoutStage(a))
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
