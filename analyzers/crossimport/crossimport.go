package crossimport

import (
	_ "embed"
	"fmt"
	"go/ast"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/boundcheck/boundcheck/analyzers/check"
	"github.com/boundcheck/boundcheck/rules"
)

// Check is the crossimport check. It runs on each package only, and under
// go vet too.
var Check = &check.Check{
	Name:     name,
	Doc:      doc,
	Analyzer: New,
}

const name = "crossimport"

//go:embed doc.go
var docSource string

// doc is the check's documentation: title, why, bad and good code.
var doc = check.DocFromSource(docSource)

// New returns the crossimport analyzer for the service model in set.
func New(set *rules.Set) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name: name,
		Doc:  doc,
		URL:  "https://github.com/boundcheck/boundcheck#" + name,
		// It reads only import declarations, which a type error does not
		// make wrong: a package that fails to type-check is still checked.
		RunDespiteErrors: true,
		Run: func(pass *analysis.Pass) (any, error) {
			run(pass, set)
			return nil, nil
		},
	}
}

func run(pass *analysis.Pass, set *rules.Set) {
	from := set.Lookup(packagePath(pass))
	if from == nil {
		return
	}
	switch from.Role {
	case rules.RoleInternal, rules.RoleAPI, rules.RoleShared:
	default:
		return // unowned and ignored packages may import what they like
	}
	for _, f := range pass.Files {
		for _, spec := range f.Imports {
			checkImport(pass, set, from, spec)
		}
	}
}

// packagePath returns the import path of the package under analysis, with
// an external test package ("p_test") counted as part of p.
func packagePath(pass *analysis.Pass) string {
	path := pass.Pkg.Path()
	if strings.HasSuffix(pass.Pkg.Name(), "_test") {
		path = strings.TrimSuffix(path, "_test")
	}
	return path
}

// checkImport reports spec when it crosses into another service's internals.
func checkImport(pass *analysis.Pass, set *rules.Set, from *rules.PackageInfo, spec *ast.ImportSpec) {
	path, err := strconv.Unquote(spec.Path.Value)
	if err != nil {
		return
	}
	to := set.Lookup(path)
	if to == nil || to.Role != rules.RoleInternal || to.Service == from.Service {
		return
	}
	owner := set.Service(to.Service)
	if from.Role == rules.RoleShared {
		pass.Report(analysis.Diagnostic{
			Pos:     spec.Path.Pos(),
			End:     spec.Path.End(),
			Message: fmt.Sprintf("shared package %q imports %q, internal to service %s; %s", from.Path, to.Path, to.Service, leakHint(from, to.Service)),
		})
		return
	}
	pass.Report(analysis.Diagnostic{
		Pos:     spec.Path.Pos(),
		End:     spec.Path.End(),
		Message: fmt.Sprintf("package %q (service %s) imports %q, internal to service %s; %s", from.Path, from.Service, to.Path, to.Service, apiHint(owner)),
	})
}

func leakHint(from *rules.PackageInfo, owner string) string {
	var into []string
	for _, s := range from.UsedBy {
		if s != owner {
			into = append(into, s)
		}
	}
	switch len(into) {
	case 0:
		return "move the code into service " + owner + " or depend on its api"
	case 1:
		return "it leaks into service " + into[0] + "; depend on " + owner + "'s api instead"
	}
	return "it leaks into services " + strings.Join(into, ", ") + "; depend on " + owner + "'s api instead"
}

func apiHint(owner *rules.Service) string {
	if owner == nil || len(owner.API) == 0 {
		return "call the service over its API or events, or move the code to a shared package"
	}
	if len(owner.API) == 1 {
		return fmt.Sprintf("use its api package %q or call the service", owner.API[0])
	}
	return fmt.Sprintf("use one of its %d api packages (%q, ...) or call the service", len(owner.API), owner.API[0])
}
