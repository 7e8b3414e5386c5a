package interactions

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/boundcheck/boundcheck/model"
	"github.com/boundcheck/boundcheck/rules/catalog"
)

// routers finds the routes registered on chi, gin, echo and gorilla/mux
// routers in one file, with the prefixes of the groups and sub-routers they
// are registered on: api := r.Group("/api"); api.GET("/orders", h) is
// "GET /api/orders".
type routers struct {
	pass   *analysis.Pass
	defs   map[*types.Var]ast.Expr         // x := expr, var x = expr
	params map[*types.Var]*ast.CallExpr    // a callback's router parameter → the call it is handed to
	parent map[*ast.CallExpr]*ast.CallExpr // a call → the call made on its result
}

func newRouters(pass *analysis.Pass, f *ast.File) *routers {
	r := &routers{
		pass:   pass,
		defs:   make(map[*types.Var]ast.Expr),
		params: make(map[*types.Var]*ast.CallExpr),
		parent: make(map[*ast.CallExpr]*ast.CallExpr),
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) == len(n.Rhs) {
				for i, lhs := range n.Lhs {
					if v := r.variable(lhs); v != nil {
						r.defs[v] = n.Rhs[i]
					}
				}
			}
		case *ast.ValueSpec:
			if len(n.Names) == len(n.Values) {
				for i, name := range n.Names {
					if v, ok := pass.TypesInfo.Defs[name].(*types.Var); ok {
						r.defs[v] = n.Values[i]
					}
				}
			}
		case *ast.CallExpr:
			if recv, ok := r.receiver(n).(*ast.CallExpr); ok {
				r.parent[recv] = n
			}
			route, ok := catalog.RouteOf(r.callee(n))
			if ok && route.Prefix && route.Callback >= 0 && route.Callback < len(n.Args) {
				if lit, ok := ast.Unparen(n.Args[route.Callback]).(*ast.FuncLit); ok && len(lit.Type.Params.List) > 0 {
					for _, name := range lit.Type.Params.List[0].Names {
						if v, ok := pass.TypesInfo.Defs[name].(*types.Var); ok {
							r.params[v] = n
						}
					}
				}
			}
		}
		return true
	})
	return r
}

func (r *routers) variable(e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	if v, ok := r.pass.TypesInfo.Defs[id].(*types.Var); ok {
		return v
	}
	v, _ := r.pass.TypesInfo.Uses[id].(*types.Var)
	return v
}

func (r *routers) callee(call *ast.CallExpr) *types.Func {
	return calleeFunc(r.pass.TypesInfo, call)
}

// receiver returns the receiver expression of a method call, or nil.
func (r *routers) receiver(call *ast.CallExpr) ast.Expr {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	if s, ok := r.pass.TypesInfo.Selections[sel]; ok && s.Kind() == types.MethodVal {
		return sel.X
	}
	return nil
}

// origin returns the router variable's constructor call at the bottom of a
// receiver chain (r := chi.NewRouter(); r.Group(...).Get(...)), or nil
// when the router comes from elsewhere (a parameter, a field).
func (r *routers) origin(e ast.Expr, depth int) *ast.CallExpr {
	if e == nil || depth > 16 {
		return nil
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		if catalog.IsRouterConstructor(r.callee(x)) {
			return x
		}
		if route, ok := catalog.RouteOf(r.callee(x)); ok && route.Prefix && route.Callback < 0 {
			return r.origin(r.receiver(x), depth+1)
		}
	case *ast.Ident:
		if v, ok := r.pass.TypesInfo.Uses[x].(*types.Var); ok {
			if d, ok := r.defs[v]; ok {
				return r.origin(d, depth+1)
			}
		}
	}
	return nil
}

// mount returns what a Mount call mounts: the function whose router it
// is (Mount("/api", api.Routes()), or a variable holding such a call),
// and the full prefix.
func (r *routers) mount(call *ast.CallExpr) (model.Mount, bool) {
	if len(call.Args) != 2 {
		return model.Mount{}, false
	}
	h := ast.Unparen(call.Args[1])
	if id, ok := h.(*ast.Ident); ok {
		if v, ok := r.pass.TypesInfo.Uses[id].(*types.Var); ok {
			if d, ok := r.defs[v]; ok {
				h = ast.Unparen(d)
			}
		}
	}
	mk, ok := h.(*ast.CallExpr)
	if !ok {
		return model.Mount{}, false
	}
	fn := r.callee(mk)
	if fn == nil || fn.Pkg() == nil || catalog.IsLibrary(fn.Pkg().Path()) {
		return model.Mount{}, false
	}
	return model.Mount{Prefix: join(r.prefix(r.receiver(call), 0), r.arg(call, 0)), Func: fn.Origin(), Pos: call.Pos()}, true
}

// route returns the endpoint that call, made in node, registers, if it
// registers one. When node is a function that makes the router itself,
// the endpoint's Router is that function.
func (r *routers) route(call *ast.CallExpr, node model.Node) (model.Endpoint, bool) {
	route, ok := catalog.RouteOf(r.callee(call))
	if !ok || route.Prefix {
		return model.Endpoint{}, false
	}
	e := model.Endpoint{Protocol: "http", Pos: call.Pos(), Method: route.Method}
	if route.MethodArg >= 0 && route.MethodArg < len(call.Args) {
		e.Method, _ = constantString(r.pass, call.Args[route.MethodArg])
	}
	if m := r.gorillaMethod(call); m != "" {
		e.Method = m
	}
	e.Path = join(r.prefix(r.receiver(call), 0), r.arg(call, route.PathArg))
	if fn, ok := node.(*types.Func); ok && r.origin(r.receiver(call), 0) != nil {
		e.Router = fn
	}
	h := route.HandlerArg
	if h < 0 {
		h = len(call.Args) - 1
	}
	if h >= 0 && h < len(call.Args) {
		e.Entries = entries(r.pass, call.Args[h])
		e.Handler = handlerOf(e.Entries)
	}
	return e, true
}

// arg returns the constant string argument i, "" for none, "?" when it is
// not a constant.
func (r *routers) arg(call *ast.CallExpr, i int) string {
	if i < 0 || i >= len(call.Args) {
		return ""
	}
	if s, ok := constantString(r.pass, call.Args[i]); ok {
		return s
	}
	return "?"
}

// prefix returns the path prefix of the router that e denotes.
func (r *routers) prefix(e ast.Expr, depth int) string {
	if e == nil || depth > 16 {
		return ""
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		route, ok := catalog.RouteOf(r.callee(x))
		if ok && route.Prefix && route.Callback < 0 {
			return join(r.prefix(r.receiver(x), depth+1), r.arg(x, route.PathArg))
		}
	case *ast.Ident:
		v, ok := r.pass.TypesInfo.Uses[x].(*types.Var)
		if !ok {
			return ""
		}
		if d, ok := r.defs[v]; ok {
			return r.prefix(d, depth+1)
		}
		if call, ok := r.params[v]; ok {
			route, _ := catalog.RouteOf(r.callee(call))
			return join(r.prefix(r.receiver(call), depth+1), r.arg(call, route.PathArg))
		}
	}
	return ""
}

// gorillaMethod returns the method a gorilla/mux route is restricted to by
// a Methods call on it or before it in the chain, or "".
func (r *routers) gorillaMethod(call *ast.CallExpr) string {
	if p, ok := r.parent[call]; ok {
		if catalog.IsGorillaMethods(r.callee(p)) {
			return r.arg(p, 0)
		}
	}
	for e := r.receiver(call); e != nil; {
		c, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok {
			break
		}
		if catalog.IsGorillaMethods(r.callee(c)) {
			return r.arg(c, 0)
		}
		e = r.receiver(c)
	}
	return ""
}

// join appends a route's path to its group's prefix.
func join(prefix, path string) string {
	switch {
	case prefix == "":
		return path
	case path == "":
		return prefix
	}
	return strings.TrimSuffix(prefix, "/") + "/" + strings.TrimPrefix(path, "/")
}
