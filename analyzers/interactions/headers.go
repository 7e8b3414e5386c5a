package interactions

import (
	"go/ast"
	"go/constant"
	"go/types"
	"slices"

	"github.com/boundcheck/boundcheck/rules/catalog"
)

// Idempotency keys of HTTP requests (model.Call.IdempotencyKey): in the
// function that makes the request, a header named by a constant that
// catalog.IdempotencyHeader accepts is set on it. The request is the one
// a call of http.NewRequest (or a resty request) makes, followed through
// the local variable it is assigned to once: req.Header.Set(k, v),
// req.Header.Add(k, v), req.Header[k] = v; or resty's SetHeader(k, v) in
// the request's chain (client.R().SetHeader(k, v).Post(url)) or on the
// variable that holds the request. A header set on another request, or
// named by a value that is no constant, does not count.

// idempotencyKey reports whether the request call makes or sends carries
// an idempotency key.
func (c *collector) idempotencyKey(call *ast.CallExpr) bool {
	if slices.ContainsFunc(chainCalls(call), c.setsKey) { // client.R().SetHeader("Idempotency-Key", k).Post(url)
		return true
	}
	v := c.requestVar(call)
	if v == nil {
		return false
	}
	found := false
	ast.Inspect(c.body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr)
			if ok && c.setsKey(n) && c.requestRoot(sel.X) == v {
				found = true
			}
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				ix, ok := ast.Unparen(l).(*ast.IndexExpr)
				if ok && c.idempotencyName(ix.Index) && c.requestRoot(ix.X) == v {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// chainCalls returns the method calls call is made on in the same
// expression, outermost first: R() and SetHeader(k, v) are those of
// client.R().SetHeader(k, v).Post(url), SetHeader first.
func chainCalls(call *ast.CallExpr) []*ast.CallExpr {
	var out []*ast.CallExpr
	e := ast.Expr(call)
	for depth := 0; depth < 64; depth++ {
		inner, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok {
			break
		}
		sel, ok := ast.Unparen(inner.Fun).(*ast.SelectorExpr)
		if !ok {
			break
		}
		if inner != call {
			out = append(out, inner)
		}
		e = sel.X
	}
	return out
}

// requestVar returns the local variable that holds the request call makes
// or sends: the one a NewRequest call is assigned to once (req, err :=
// http.NewRequest(...)), or the one a resty request method is called on
// (r.Post(url) after r := client.R()); nil when there is none.
func (c *collector) requestVar(call *ast.CallExpr) *types.Var {
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok {
			if v := c.localVar(id); v != nil {
				return v
			}
		}
	}
	var found *types.Var
	ast.Inspect(c.body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || len(as.Rhs) != 1 || ast.Unparen(as.Rhs[0]) != call || len(as.Lhs) == 0 {
			return found == nil
		}
		if c.assignedOnce(as.Lhs[0]) == as.Rhs[0] {
			found = c.localVar(as.Lhs[0])
		}
		return found == nil
	})
	return found
}

// requestRoot returns the local variable a request expression starts at:
// req in req.Header, r in r.SetContext(ctx) (a method that returns its
// receiver's type); nil when it starts at a call that makes a request
// (client.R()) or at no variable.
func (c *collector) requestRoot(e ast.Expr) *types.Var {
	for depth := 0; depth < 64; depth++ {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			return c.localVar(x)
		case *ast.SelectorExpr:
			if !catalog.IsNamed(c.pass.TypesInfo.TypeOf(x), "net/http", "Header") {
				return nil
			}
			e = x.X // req.Header
		case *ast.CallExpr:
			sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr)
			if !ok || !types.Identical(c.pass.TypesInfo.TypeOf(x), c.pass.TypesInfo.TypeOf(sel.X)) {
				return nil
			}
			e = sel.X
		default:
			return nil
		}
	}
	return nil
}

// setsKey reports whether call sets an idempotency key's header
// (catalog.HeaderSetter with a constant name IdempotencyHeader accepts).
func (c *collector) setsKey(call *ast.CallExpr) bool {
	return len(call.Args) == 2 && catalog.HeaderSetter(calleeFunc(c.pass.TypesInfo, call)) && c.idempotencyName(call.Args[0])
}

// idempotencyName reports whether e is a string constant that names an
// idempotency key's header.
func (c *collector) idempotencyName(e ast.Expr) bool {
	tv, ok := c.pass.TypesInfo.Types[e]
	return ok && tv.Value != nil && tv.Value.Kind() == constant.String && catalog.IdempotencyHeader(constant.StringVal(tv.Value))
}
