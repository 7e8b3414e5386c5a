package interactions

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/boundcheck/boundcheck/model"
)

// Handlers behind middleware and variables. A route's handler expression
// starts where a request enters the service's code:
//
//   - a function literal, or a function or method named as a value;
//   - a variable: what the package assigns to it
//     (var health = http.HandlerFunc(func(w, r) {...}));
//   - a value of one of the package's types with a ServeHTTP method;
//   - a call of the package's own function (middleware, auth(next), or a
//     handler's maker): the function literals and function values it
//     returns, which run per request (not its own setup, which runs
//     once), and the arguments for the parameters its body uses: a
//     wrapper that never uses next does not reach the handler given;
//   - a call of a library's or another package's function
//     (http.StripPrefix, alice.New(a, b).Then(h)): its arguments, and
//     the call or variable it is made on; another package's function
//     that takes a handler (shared middleware, mw.Auth(next)) is an
//     entry itself, so that the calls of the literal it returns count
//     (its body is not seen here).

// maxEntryDepth bounds how far a handler expression is followed.
const maxEntryDepth = 8

// entries returns the call-graph nodes a handler expression starts at.
func entries(pass *analysis.Pass, e ast.Expr) []model.Node {
	h := &entryWalk{pass: pass, seen: make(map[any]bool)}
	h.expr(e, 0)
	return h.out
}

// An entryWalk collects the entries of one handler expression.
type entryWalk struct {
	pass *analysis.Pass
	out  []model.Node
	seen map[any]bool // functions and variables being followed, nodes found
}

func (h *entryWalk) add(n model.Node) {
	if !h.seen[n] {
		h.seen[n] = true
		h.out = append(h.out, n)
	}
}

func (h *entryWalk) expr(e ast.Expr, depth int) {
	if e == nil || depth > maxEntryDepth {
		return
	}
	e = ast.Unparen(e)
	info := h.pass.TypesInfo
	switch x := e.(type) {
	case *ast.FuncLit:
		h.add(model.Node(x.Pos()))
		return
	case *ast.Ident, *ast.SelectorExpr:
		if fn := funcValue(info, x); fn != nil {
			if sig, ok := fn.Type().(*types.Signature); ok && sig.Params().Len() > 0 {
				h.add(model.Node(fn))
			}
			return
		}
		if v := variable(info, x); v != nil {
			for _, rhs := range h.assigned(v) {
				h.expr(rhs, depth+1)
			}
		}
	case *ast.CallExpr:
		h.call(x, depth)
	case *ast.UnaryExpr:
		h.expr(x.X, depth+1)
	case *ast.CompositeLit:
		for _, elt := range x.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				elt = kv.Value
			}
			h.expr(elt, depth+1)
		}
	}
	h.serveHTTP(info.TypeOf(e))
}

// call follows a call in a handler expression.
func (h *entryWalk) call(call *ast.CallExpr, depth int) {
	info := h.pass.TypesInfo
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() { // http.HandlerFunc(f)
		for _, a := range call.Args {
			h.expr(a, depth+1)
		}
		return
	}
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn != nil && fn.Pkg() == h.pass.Pkg && !h.seen[fn.Origin()] {
		if decl := funcDecl(h.pass, fn.Origin()); decl != nil {
			h.seen[fn.Origin()] = true
			h.made(fn.Origin(), decl, call, depth)
			delete(h.seen, fn.Origin())
			return
		}
	}
	for _, a := range call.Args {
		h.expr(a, depth+1)
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && info.Selections[sel] != nil {
		h.expr(sel.X, depth+1) // chain.Then(h): the chain's middleware
	}
	if fn != nil && fn.Pkg() != nil && fn.Pkg() != h.pass.Pkg && !outside(fn.Pkg().Path()) && wraps(fn) {
		// Another package's middleware: what it returns runs per
		// request. After the handler it wraps, which names the route.
		h.add(model.Node(fn.Origin()))
	}
}

// wraps reports whether fn takes a handler: a function value or a value
// with a ServeHTTP method (http.Handler), as middleware does.
func wraps(fn *types.Func) bool {
	params := fn.Signature().Params()
	for i := range params.Len() {
		t := params.At(i).Type()
		if _, ok := t.Underlying().(*types.Signature); ok {
			return true
		}
		if obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "ServeHTTP"); obj != nil {
			return true
		}
	}
	return false
}

// made follows a call of the package's own function fn: the arguments
// for the parameters its body uses (the handler it wraps first), then
// what it returns.
func (h *entryWalk) made(fn *types.Func, decl *ast.FuncDecl, call *ast.CallExpr, depth int) {
	info := h.pass.TypesInfo
	sig := fn.Signature()
	params := make(map[types.Object]int)
	for i := range sig.Params().Len() {
		params[sig.Params().At(i)] = i
	}
	used := make(map[int]bool)
	for i := range sig.Params().Len() {
		used[i] = uses(info, decl.Body, sig.Params().At(i))
	}
	for i, a := range call.Args {
		p := min(i, sig.Params().Len()-1)
		if p >= 0 && used[p] {
			h.expr(a, depth+1)
		}
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && info.Selections[sel] != nil && sig.Recv() != nil {
		h.serveHTTP(info.TypeOf(sel.X)) // a method of a handler type
		if uses(info, decl.Body, sig.Recv()) {
			h.expr(sel.X, depth+1) // chain{auth}.then(h): the chain's middleware
		}
	}
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // its returns are its own
		case *ast.ReturnStmt:
			if len(n.Results) > 0 {
				if id, ok := ast.Unparen(n.Results[0]).(*ast.Ident); ok {
					if _, isParam := params[info.Uses[id]]; isParam {
						return true // the argument, followed above
					}
				}
				h.expr(n.Results[0], depth+1)
			}
		}
		return true
	})
}

// serveHTTP adds the ServeHTTP method of t, a type of a package that is
// not a library (a handler struct).
func (h *entryWalk) serveHTTP(t types.Type) {
	if t == nil || types.IsInterface(t) {
		return
	}
	if _, isFunc := t.Underlying().(*types.Signature); isFunc {
		return
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "ServeHTTP")
	fn, ok := obj.(*types.Func)
	if !ok || fn.Pkg() == nil || outside(fn.Pkg().Path()) {
		return
	}
	if fn.Signature().Params().Len() == 2 {
		h.add(model.Node(fn.Origin()))
	}
}

// variable returns the variable e names, when it is not a parameter nor
// a field: a local or a package-level variable.
func variable(info *types.Info, e ast.Expr) *types.Var {
	var id *ast.Ident
	switch x := e.(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		if info.Selections[x] != nil {
			return nil
		}
		id = x.Sel
	}
	v, ok := info.Uses[id].(*types.Var)
	if !ok || v.IsField() {
		return nil
	}
	return v
}

// assigned returns what the package assigns to v in the declaration that
// declares it (the function of a local variable, the var declaration of a
// package-level one); nothing for a parameter or another package's
// variable.
func (h *entryWalk) assigned(v *types.Var) []ast.Expr {
	if v.Pkg() != h.pass.Pkg || h.seen[v] {
		return nil
	}
	h.seen[v] = true
	defer delete(h.seen, v)
	decl := declAt(h.pass, v.Pos())
	if decl == nil {
		return nil
	}
	info := h.pass.TypesInfo
	var out []ast.Expr
	is := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && (info.Defs[id] == v || info.Uses[id] == v)
	}
	ast.Inspect(decl, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) == len(n.Rhs) {
				for i, l := range n.Lhs {
					if is(l) {
						out = append(out, n.Rhs[i])
					}
				}
			}
		case *ast.ValueSpec:
			if len(n.Names) == len(n.Values) {
				for i, id := range n.Names {
					if is(id) {
						out = append(out, n.Values[i])
					}
				}
			}
		}
		return true
	})
	return out
}

// funcDecl returns the declaration, with a body, of fn, a function of
// the package being analysed, or nil.
func funcDecl(pass *analysis.Pass, fn *types.Func) *ast.FuncDecl {
	fd, ok := declAt(pass, fn.Pos()).(*ast.FuncDecl)
	if !ok || fd.Body == nil || pass.TypesInfo.Defs[fd.Name] != fn {
		return nil
	}
	return fd
}

// declAt returns the top-level declaration of the package that holds pos.
func declAt(pass *analysis.Pass, pos token.Pos) ast.Decl {
	if !pos.IsValid() {
		return nil
	}
	for _, f := range pass.Files {
		if pos < f.FileStart || pos >= f.FileEnd {
			continue
		}
		for _, d := range f.Decls {
			if d.Pos() <= pos && pos < d.End() {
				return d
			}
		}
	}
	return nil
}

// uses reports whether body refers to v.
func uses(info *types.Info, body ast.Node, v *types.Var) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && info.Uses[id] == v {
			found = true
		}
		return !found
	})
	return found
}
