package notimeout

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/boundcheck/boundcheck/rules/catalog"
)

// callExpr returns the call expression whose left parenthesis is at lparen
// (where SSA places a call), or nil.
func (c *checker) callExpr(lparen token.Pos) *ast.CallExpr {
	if c.calls == nil {
		c.calls = make(map[token.Pos]*ast.CallExpr)
		for _, f := range c.pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				if ce, ok := n.(*ast.CallExpr); ok {
					c.calls[ce.Lparen] = ce
				}
				return true
			})
		}
	}
	return c.calls[lparen]
}

// fix offers the mechanical repair when a context is in scope: build the
// request with http.NewRequestWithContext, or call the Context variant of a
// database/sql method.
func (c *checker) fix(fn *ssa.Function, call ssa.CallInstruction, v verdict, out outcome) (analysis.SuggestedFix, bool) {
	var at token.Pos
	var name string
	switch {
	case v.state == unbounded && v.newRequest:
		at, name = v.pos, "NewRequestWithContext"
	case v.state == unbounded && out.fixTo != "":
		at, name = call.Pos(), out.fixTo
	default:
		return analysis.SuggestedFix{}, false
	}
	ctx := contextInScope(fn)
	ce := c.callExpr(at)
	if ctx == "" || ce == nil {
		return analysis.SuggestedFix{}, false
	}
	sel, ok := ce.Fun.(*ast.SelectorExpr)
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	sep := ", "
	if len(ce.Args) == 0 {
		sep = ""
	}
	return analysis.SuggestedFix{
		Message: "use " + name + " with " + ctx,
		TextEdits: []analysis.TextEdit{
			{Pos: sel.Sel.Pos(), End: sel.Sel.End(), NewText: []byte(name)},
			{Pos: ce.Lparen + 1, End: ce.Lparen + 1, NewText: []byte(ctx + sep)},
		},
	}, true
}

// contextInScope returns an expression for the context that fn (or the
// function it is nested in) receives: its context parameter, or the context
// of the request it serves. It returns "" when there is none.
func contextInScope(fn *ssa.Function) string {
	for ; fn != nil; fn = fn.Parent() {
		for _, p := range fn.Params {
			if catalog.IsContext(p.Type()) && named(p) {
				return p.Name()
			}
		}
		if isHandler(fn) {
			for _, p := range fn.Params {
				if catalog.IsNamed(p.Type(), catalog.NetHTTPPath, "Request") && named(p) {
					return p.Name() + ".Context()"
				}
			}
		}
	}
	return ""
}

// disabledTimeout reports a store that switches a library's default
// timeout off (go-redis ReadTimeout: -1).
func (c *checker) disabledTimeout(s *ssa.Store) {
	fa, ok := s.Addr.(*ssa.FieldAddr)
	if !ok {
		return
	}
	k, ok := s.Val.(*ssa.Const)
	if !ok || k.Value == nil || k.Value.Kind() != constant.Int || constant.Sign(k.Value) >= 0 {
		return
	}
	f := fieldVar(fa.X.Type(), fa.Field)
	ptr, ok := fa.X.Type().Underlying().(*types.Pointer)
	if !ok {
		return // a type parameter's field
	}
	named, ok := types.Unalias(ptr.Elem()).(*types.Named)
	if f == nil || !ok || named.Obj().Pkg() == nil {
		return
	}
	full := named.Obj().Pkg().Path() + "." + named.Obj().Name()
	for _, d := range catalog.DisabledTimeouts {
		if d.Type != full || d.Field != f.Name() {
			continue
		}
		pos := s.Pos()
		if !pos.IsValid() {
			pos = fa.Pos()
		}
		c.diags = append(c.diags, analysis.Diagnostic{
			Pos: pos,
			Message: named.Obj().Pkg().Name() + "." + named.Obj().Name() + "." + f.Name() + " is " + k.Value.String() +
				", which turns the client's timeout off (the default is " + d.Default + "), so a command can block forever; leave it 0 for the default or set a duration",
		})
	}
}

// grpcDial judges grpc.Dial and DialContext: with WithBlock they wait for
// the connection, and only a deadline (the context, or WithTimeout) ends
// the wait.
func (c *checker) grpcDial(fn *ssa.Function, call ssa.CallInstruction, f *types.Func) {
	as := args(call.Common())
	if len(as) == 0 {
		return
	}
	blocks := false
	for _, opt := range variadic(as[len(as)-1]) {
		for _, o := range c.flow.origins(opt) {
			oc, ok := o.v.(*ssa.Call)
			if !ok {
				continue
			}
			of := callee(oc.Common())
			if of == nil || of.Pkg() == nil || of.Pkg().Path() != catalog.GRPCPath {
				continue
			}
			switch of.Name() {
			case "WithBlock":
				blocks = true
			case "WithTimeout":
				return
			}
		}
	}
	if !blocks {
		return
	}
	v := noLimit("no context", token.NoPos)
	if f.Name() == "DialContext" {
		v = c.context(as[0])
	}
	c.conclude(fn, call, v, outcome{call: shortName(f), limit: verdict{why: "grpc.WithBlock"}, proto: "grpc-dial", subject: true})
}

// quiet reports whether pos is in a _test.go or generated file.
func (c *checker) quiet(pos token.Pos) bool {
	if c.quietFiles == nil {
		c.quietFiles = make(map[*token.File]bool)
		for _, f := range c.pass.Files {
			tf := c.pass.Fset.File(f.Pos())
			if tf != nil && (strings.HasSuffix(tf.Name(), "_test.go") || ast.IsGenerated(f)) {
				c.quietFiles[tf] = true
			}
		}
	}
	return c.quietFiles[c.pass.Fset.File(pos)]
}

// viaInterface returns the catalog entry to judge a call of an interface
// method by, when a catalogued type implements the interface: sqlc's DBTX
// (QueryContext, ExecContext) is *sql.DB or *sql.Tx, its pgx flavour is a
// pool, a connection or a transaction.
func (c *checker) viaInterface(common *ssa.CallCommon, f *types.Func) *catalog.Outbound {
	if !common.IsInvoke() {
		return nil
	}
	iface, ok := common.Value.Type().Underlying().(*types.Interface)
	if !ok {
		return nil
	}
	outs := catalog.ByMethod(f.Name())
	fulls := make([]string, len(outs))
	for i, o := range outs {
		fulls[i] = o.Func
	}
	full, ok := catalog.ImplementedBy(iface, fulls, c.imported)
	if !ok {
		return nil
	}
	return outs[slices.Index(fulls, full)]
}

// gormFacade returns the method of *gorm.DB that a call of interface
// method f reaches when the interface is a facade over *gorm.DB: one that
// *gorm.DB implements and that returns a *gorm.DB from some method, the
// shape a program declares so that tests can stand in for the database
// (type Database interface { First(...) *gorm.DB; ... }), filled with the
// *gorm.DB that main opens. Any other interface, nil.
func (c *checker) gormFacade(common *ssa.CallCommon, f *types.Func) *types.Func {
	if !common.IsInvoke() {
		return nil
	}
	iface, ok := common.Value.Type().Underlying().(*types.Interface)
	pkg := c.imported(catalog.GormPath)
	if !ok || pkg == nil {
		return nil
	}
	tn, ok := pkg.Scope().Lookup("DB").(*types.TypeName)
	if !ok {
		return nil
	}
	ptr := types.NewPointer(tn.Type())
	if !types.Implements(ptr, iface) || !returnsType(iface, ptr) {
		return nil
	}
	m, _, _ := types.LookupFieldOrMethod(ptr, false, pkg, f.Name())
	method, ok := m.(*types.Func)
	if !ok {
		return nil
	}
	return method
}

// returnsType reports whether some method of iface returns a value of
// type t.
func returnsType(iface *types.Interface, t types.Type) bool {
	for i := 0; i < iface.NumMethods(); i++ {
		sig, ok := iface.Method(i).Type().(*types.Signature)
		if !ok {
			continue
		}
		for j := 0; j < sig.Results().Len(); j++ {
			if types.Identical(sig.Results().At(j).Type(), t) {
				return true
			}
		}
	}
	return false
}

// imported returns the package at path among the imports of the package
// under analysis, direct or not, or nil.
func (c *checker) imported(path string) *types.Package {
	if c.pkgs == nil {
		c.pkgs = catalog.Imports(c.pass.Pkg)
	}
	return c.pkgs[path]
}

// callStart is where a finding about a call starts: the call itself for a
// function of a package (http.Get), the method's name for a method, so that
// a chain spread over lines (client.R().\n SetContext(ctx).\n Get(url)) is
// reported on the line of the call that goes out.
func (c *checker) callStart(ce *ast.CallExpr) token.Pos {
	sel, ok := ast.Unparen(ce.Fun).(*ast.SelectorExpr)
	if !ok {
		return ce.Pos()
	}
	if id, ok := sel.X.(*ast.Ident); ok {
		if _, isPkg := c.pass.TypesInfo.Uses[id].(*types.PkgName); isPkg {
			return ce.Pos()
		}
	}
	return sel.Sel.Pos()
}

// ginFallback reports whether s sets gin's Engine.ContextWithFallback to
// true.
func ginFallback(s *ssa.Store) bool {
	fa, ok := s.Addr.(*ssa.FieldAddr)
	if !ok || !catalog.IsNamed(fa.X.Type(), catalog.GinPath, "Engine") {
		return false
	}
	f := fieldVar(fa.X.Type(), fa.Field)
	k, ok := s.Val.(*ssa.Const)
	return f != nil && f.Name() == "ContextWithFallback" && ok && k.Value != nil && constant.BoolVal(k.Value)
}

// named reports whether a parameter has a name the source can use (SSA
// names unnamed and blank parameters itself).
func named(p *ssa.Parameter) bool {
	v, _ := p.Object().(*types.Var) // a typed nil for a synthetic parameter
	return v != nil && v.Name() != "" && v.Name() != "_"
}

// contextVariant reports whether f has a variant named with that takes a
// context first and then f's own parameters, so that the fix can switch
// to it by adding an argument: (*sql.DB).Query → QueryContext, but not
// Begin → BeginTx, which also takes options.
func contextVariant(f *types.Func, with string) bool {
	sig, ok := f.Type().(*types.Signature)
	if !ok {
		return false
	}
	var obj types.Object
	if sig.Recv() != nil {
		obj, _, _ = types.LookupFieldOrMethod(sig.Recv().Type(), true, f.Pkg(), with)
	} else if f.Pkg() != nil {
		obj = f.Pkg().Scope().Lookup(with)
	}
	v, ok := obj.(*types.Func)
	if !ok {
		return false
	}
	vsig := v.Type().(*types.Signature)
	if vsig.Params().Len() != sig.Params().Len()+1 || vsig.Variadic() != sig.Variadic() || !catalog.IsContext(vsig.Params().At(0).Type()) {
		return false
	}
	for i := 0; i < sig.Params().Len(); i++ {
		if !types.Identical(vsig.Params().At(i+1).Type(), sig.Params().At(i).Type()) {
			return false
		}
	}
	return true
}
