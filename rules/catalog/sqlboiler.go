package catalog

import (
	"go/types"
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
	root := ""
	for _, imp := range fn.Pkg().Imports() {
		for _, r := range sqlBoilerRoots {
			if imp.Path() == r+"/queries" {
				root = r
			}
		}
	}
	if root == "" {
		return nil
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok {
		return nil
	}
	for i := 0; i < sig.Params().Len(); i++ {
		t := sig.Params().At(i).Type()
		switch {
		case IsNamed(t, root+"/boil", "Executor"):
			name := fn.Name()
			if recv := sig.Recv(); recv != nil {
				name = "(" + shortType(recv.Type()) + ")." + name
			}
			return &Outbound{Func: fn.FullName(), Protocol: "sql", Ctx: -1, Request: -1,
				Default: name + " runs its query on a boil.Executor, which has no context", WithContext: ""}
		case IsNamed(t, root+"/boil", "ContextExecutor") && sig.Params().Len() > 0 && IsContext(sig.Params().At(0).Type()):
			return &Outbound{Func: fn.FullName(), Protocol: "sql", Ctx: 0, Request: -1}
		}
	}
	return nil
}

// shortType writes a type with its package's name: "models.restaurantQuery".
func shortType(t types.Type) string {
	return strings.TrimPrefix(types.TypeString(t, func(p *types.Package) string { return p.Name() }), "*")
}
