package notimeout

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/boundcheck/boundcheck/rules/catalog"
)

// recordSyntax records the sites and made types of a package that makes no
// outbound call itself but passes contexts on, to other packages or through
// interfaces, for the whole-program step. It reads the syntax only, with no
// SSA, and keeps the plain cases: a parameter passed straight on, a
// context.Background() or TODO() written at the call, and the context of
// the request a handler serves. Anything else is left out, as unknown.
func recordSyntax(pass *analysis.Pass, res *Result) {
	c := &checker{pass: pass, result: res}
	for _, f := range pass.Files {
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			obj, _ := pass.TypesInfo.Defs[fd.Name].(*types.Func)
			r := syntaxFunc{c: c, decl: fd, obj: obj}
			r.params()
			ast.Inspect(fd.Body, r.visit)
		}
	}
	recordMade(pass, res)
}

// recordMade records the named types of the program a package makes, the
// candidates of interface calls in every package: a main that makes
// &store.HTTPStore{} and hands it to a handler's Store field, and passes
// no context on itself, still decides what the handler's calls reach.
func recordMade(pass *analysis.Pass, res *Result) {
	c := &checker{pass: pass, result: res}
	for _, f := range pass.Files {
		for _, decl := range f.Decls {
			var in *types.Func
			if fd, ok := decl.(*ast.FuncDecl); ok {
				in, _ = pass.TypesInfo.Defs[fd.Name].(*types.Func)
			}
			ast.Inspect(decl, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.CompositeLit:
					if tv, ok := pass.TypesInfo.Types[n]; ok {
						c.madeType(in, tv.Type, n.Pos())
					}
				case *ast.CallExpr:
					if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok && id.Name == "new" && len(n.Args) == 1 {
						if tv, ok := pass.TypesInfo.Types[n.Args[0]]; ok {
							c.madeType(in, tv.Type, n.Pos())
						}
					}
				}
				return true
			})
		}
	}
}

// syntaxFunc records the sites of one function declaration.
type syntaxFunc struct {
	c        *checker
	decl     *ast.FuncDecl
	obj      *types.Func
	index    map[*types.Var]int // the declaration's parameters, by signature index
	assigned map[*types.Var]bool
	handler  bool
	// served are the *http.Request parameters of the handlers among the
	// declaration's function literals.
	served map[*types.Var]bool
	// defs are the local variables defined once with a value and never
	// assigned again (ctx := r.Context()), and that value.
	defs map[*types.Var]ast.Expr
}

func (r *syntaxFunc) params() {
	r.index = make(map[*types.Var]int)
	r.assigned = make(map[*types.Var]bool)
	i := 0
	for _, field := range r.decl.Type.Params.List {
		names := field.Names
		if len(names) == 0 {
			i++
			continue
		}
		for _, n := range names {
			if v, ok := r.c.pass.TypesInfo.Defs[n].(*types.Var); ok {
				r.index[v] = i
				if catalog.IsNamed(v.Type(), catalog.NetHTTPPath, "ResponseWriter") {
					r.handler = true
				}
			}
			i++
		}
	}
	// A parameter assigned in the body (ctx, cancel = context.WithTimeout(ctx, d))
	// no longer holds what the caller passed.
	r.served = make(map[*types.Var]bool)
	r.defs = make(map[*types.Var]ast.Expr)
	ast.Inspect(r.decl.Body, func(n ast.Node) bool {
		if lit, ok := n.(*ast.FuncLit); ok {
			r.handlerLit(lit)
		}
		if as, ok := n.(*ast.AssignStmt); ok {
			if as.Tok == token.DEFINE {
				for i, lhs := range as.Lhs {
					if id, ok := lhs.(*ast.Ident); ok {
						if v, ok := r.c.pass.TypesInfo.Defs[id].(*types.Var); ok {
							if len(as.Lhs) == len(as.Rhs) {
								r.defs[v] = as.Rhs[i]
							} else if from := r.derivedFrom(as, i); from != nil {
								r.defs[v] = from // span, ctx2 := opentracing.StartSpanFromContext(ctx, ...)
							}
						}
					}
				}
			}
			for i, lhs := range as.Lhs {
				if id, ok := lhs.(*ast.Ident); ok {
					if v, ok := r.c.pass.TypesInfo.Uses[id].(*types.Var); ok {
						// ctx = metadata.AppendToOutgoingContext(ctx, ...) and
						// span, ctx := tracer.Start(ctx, ...) still hold what
						// the caller passed, derived.
						if from, ok := ast.Unparen(r.derivedFrom(as, i)).(*ast.Ident); !ok || r.c.pass.TypesInfo.Uses[from] != v {
							r.assigned[v] = true
						}
					}
				}
			}
		}
		return true
	})
}

// derivedFrom returns the context that the value assigned to as.Lhs[i]
// derives from, when it is a context a call derives from its first
// argument (context.WithValue(ctx, ...), the ctx of span, ctx :=
// opentracing.StartSpanFromContext(ctx, ...)) without giving it a deadline
// or dropping one; nil otherwise.
func (r *syntaxFunc) derivedFrom(as *ast.AssignStmt, i int) ast.Expr {
	var call *ast.CallExpr
	result := 0
	switch {
	case len(as.Lhs) == len(as.Rhs):
		call, _ = ast.Unparen(as.Rhs[i]).(*ast.CallExpr)
	case len(as.Rhs) == 1:
		call, _ = ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
		result = i
	}
	if call == nil || len(call.Args) == 0 {
		return nil
	}
	f, ok := typeutil.Callee(r.c.pass.TypesInfo, call).(*types.Func)
	if !ok || catalog.IsDeadline(f) || catalog.DropsDeadline(f) || catalog.IsRootContext(f) {
		return nil
	}
	sig := f.Type().(*types.Signature)
	if sig.Params().Len() == 0 || !catalog.IsContext(sig.Params().At(0).Type()) ||
		result >= sig.Results().Len() || !catalog.IsContext(sig.Results().At(result).Type()) {
		return nil
	}
	return call.Args[0]
}

// handlerLit notes the request parameter of a function literal that
// serves HTTP.
func (r *syntaxFunc) handlerLit(lit *ast.FuncLit) {
	var req *types.Var
	handler := false
	for _, field := range lit.Type.Params.List {
		for _, n := range field.Names {
			v, ok := r.c.pass.TypesInfo.Defs[n].(*types.Var)
			switch {
			case !ok:
			case catalog.IsNamed(v.Type(), catalog.NetHTTPPath, "ResponseWriter"):
				handler = true
			case catalog.IsNamed(v.Type(), catalog.NetHTTPPath, "Request"):
				req = v
			}
		}
	}
	if handler && req != nil {
		r.served[req] = true
	}
}

func (r *syntaxFunc) visit(n ast.Node) bool {
	call, ok := n.(*ast.CallExpr)
	if !ok {
		return true
	}
	info := r.c.pass.TypesInfo
	f, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || !passesSinkKind(f) || inGOROOTPos(r.c.pass, f.Pos()) {
		return true
	}
	s := Site{Pos: r.c.callStart(call), End: call.End(), Callee: f, Caller: r.obj}
	if isMethodOfInterface(f) {
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return true
		}
		s.Iface = info.TypeOf(sel.X)
	}
	// A local function's call is kept too: the package has no sinks of
	// its own, and one of its functions becomes a sink only when the whole
	// program resolves an interface call in it (a handler's method that
	// calls a repository through an interface, called by a loop that a
	// goroutine of main's runs).
	sig := f.Type().(*types.Signature)
	for i, arg := range call.Args {
		if i >= sig.Params().Len() || (sig.Variadic() && i >= sig.Params().Len()-1) {
			break
		}
		kind := kindOf(sig.Params().At(i).Type())
		if kind == "" {
			continue
		}
		if a, ok := r.arg(arg); ok {
			a.Index, a.Kind = i, kind
			s.Args = append(s.Args, a)
		}
	}
	if len(s.Args) > 0 {
		s.Quiet = r.c.quiet(s.Pos)
		r.c.result.Sites = append(r.c.result.Sites, s)
	}
	return true
}

// arg judges an argument written in one of the plain forms.
func (r *syntaxFunc) arg(e ast.Expr) (SiteArg, bool) {
	info := r.c.pass.TypesInfo
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		v, ok := info.Uses[e].(*types.Var)
		if i, isParam := r.index[v]; ok && isParam && !r.assigned[v] {
			if catalog.IsNamed(v.Type(), catalog.GinPath, "Context") {
				// A gin handler's context: the request's.
				return SiteArg{State: int(incoming), Gin: true}, true
			}
			return SiteArg{State: int(param), Param: i}, true
		}
		if def, isDef := r.defs[v]; ok && isDef && !r.assigned[v] {
			delete(r.defs, v) // once: a definition cannot lead back to itself
			a, ok := r.arg(def)
			r.defs[v] = def
			return a, ok
		}
	case *ast.CallExpr:
		f, ok := typeutil.Callee(info, e).(*types.Func)
		if !ok {
			return SiteArg{}, false
		}
		if catalog.IsRootContext(f) {
			return SiteArg{State: int(unbounded), Why: "context." + f.Name() + "(), which has no deadline", At: e.Pos()}, true
		}
		if catalog.IsIncomingContext(f) {
			return SiteArg{State: int(incoming)}, true
		}
		if f.FullName() != "(*net/http.Request).Context" {
			return SiteArg{}, false
		}
		sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr)
		if !ok {
			return SiteArg{}, false
		}
		if r.frameworkRequest(sel.X) {
			return SiteArg{State: int(incoming)}, true
		}
		id, ok := sel.X.(*ast.Ident)
		if !ok {
			return SiteArg{}, false
		}
		v, ok := info.Uses[id].(*types.Var)
		if !ok || r.assigned[v] {
			return SiteArg{}, false
		}
		if _, isParam := r.index[v]; isParam && r.handler || r.served[v] {
			return SiteArg{State: int(incoming)}, true
		}
	}
	return SiteArg{}, false
}

// frameworkRequest reports whether e is the request a framework's handler
// serves, read from its context parameter: echo's c.Request(), gin's
// c.Request.
func (r *syntaxFunc) frameworkRequest(e ast.Expr) bool {
	info := r.c.pass.TypesInfo
	param := func(x ast.Expr) bool {
		id, ok := ast.Unparen(x).(*ast.Ident)
		if !ok {
			return false
		}
		v, ok := info.Uses[id].(*types.Var)
		_, isParam := r.index[v]
		return ok && isParam && !r.assigned[v]
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		f, ok := typeutil.Callee(info, e).(*types.Func)
		sel, isSel := ast.Unparen(e.Fun).(*ast.SelectorExpr)
		return ok && isSel && f.FullName() == "("+catalog.EchoPath+".Context).Request" && param(sel.X)
	case *ast.SelectorExpr:
		return e.Sel.Name == "Request" && catalog.IsNamed(info.TypeOf(e.X), catalog.GinPath, "Context") && param(e.X)
	}
	return false
}

// madeType records a named type of the program made at pos, outside
// tests, in function in (nil outside functions): the package's own, or
// another analysed package's (a set of endpoints filled in by a client
// package).
func (c *checker) madeType(in *types.Func, t types.Type, pos token.Pos) {
	if c.quiet(pos) {
		return
	}
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return
	}
	if pkg := named.Obj().Pkg(); pkg != c.pass.Pkg && (catalog.IsLibrary(pkg.Path()) || inGOROOTPos(c.pass, named.Obj().Pos())) {
		return // another package's type: the program's own only, not a library's or the standard library's
	}
	m := Made{Type: named.Origin().Obj(), In: in}
	if !slices.Contains(c.result.Made, m) {
		c.result.Made = append(c.result.Made, m)
	}
}

// Made is a named type made in function In (nil: in a package-level
// variable's initializer).
type Made struct {
	Type *types.TypeName
	In   *types.Func
}

// scopes returns the packages whose code makes the type run, for the
// dispatch filter: where it is made when that is at package level, in
// main or init, in a method or an unexported function; for an exported
// function, the packages whose non-test code names it (refs), as a
// constructor runs where it is called (account.NewClient, called by other
// services only, makes no client in account). None: it does not run.
func (m Made) scopes(path string, refs map[*types.Func][]string) []string {
	if m.In == nil || !m.In.Exported() || m.In.Name() == "main" {
		return []string{path}
	}
	if sig, ok := m.In.Type().(*types.Signature); ok && sig.Recv() != nil {
		return []string{path}
	}
	return refs[m.In]
}
