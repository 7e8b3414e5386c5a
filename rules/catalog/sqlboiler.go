package catalog

import (
	"go/types"
	"slices"
	"strings"
)

// sqlboiler's generated models (github.com/volatiletech/sqlboiler and its
// fork github.com/aarondl/sqlboiler) are the program's own code, recognised
// by their shape: a package that imports sqlboiler's queries package, whose
// functions and methods run a query on the executor they are given. One
// that takes a boil.Executor (One(exec), All(exec), Insert(exec, ...),
// FindX(exec, id)) queries without a context; one that takes a
// boil.ContextExecutor takes the context first.

// sqlBoilerRoots are sqlboiler's module paths.
var sqlBoilerRoots = []string{"github.com/volatiletech/sqlboiler/v4", "github.com/aarondl/sqlboiler/v4", "github.com/volatiletech/sqlboiler"}

// SQLBoilerCall returns the outbound call a function of sqlboiler's
// generated code makes, or nil.
func SQLBoilerCall(fn *types.Func) *Outbound {
	if fn == nil || fn.Pkg() == nil || !fn.Exported() {
		return nil
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok {
		return nil
	}
	// The parameters first: this runs for every call notimeout judges.
	for i := 0; i < sig.Params().Len(); i++ {
		n, ok := types.Unalias(sig.Params().At(i).Type()).(*types.Named)
		if !ok || n.Obj().Pkg() == nil {
			continue
		}
		root, isBoil := strings.CutSuffix(n.Obj().Pkg().Path(), "/boil")
		if !isBoil || !slices.Contains(sqlBoilerRoots, root) || !importsPath(fn.Pkg(), root+"/queries") {
			continue
		}
		switch n.Obj().Name() {
		case "Executor":
			name := fn.Name()
			if recv := sig.Recv(); recv != nil {
				name = "(" + shortType(recv.Type()) + ")." + name
			}
			return &Outbound{Func: fn.FullName(), Protocol: "sql", Ctx: -1, Request: -1,
				Default: name + " runs its query on a boil.Executor, which has no context"}
		case "ContextExecutor":
			if sig.Params().Len() > 0 && IsContext(sig.Params().At(0).Type()) {
				return &Outbound{Func: fn.FullName(), Protocol: "sql", Ctx: 0, Request: -1}
			}
		}
	}
	return nil
}

// importsPath reports whether pkg imports path itself.
func importsPath(pkg *types.Package, path string) bool {
	return slices.ContainsFunc(pkg.Imports(), func(p *types.Package) bool { return p.Path() == path })
}

// shortType writes a type with its package's name: "models.restaurantQuery".
func shortType(t types.Type) string {
	return strings.TrimPrefix(types.TypeString(t, func(p *types.Package) string { return p.Name() }), "*")
}
