package interactions

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/boundcheck/boundcheck/model"
	"github.com/boundcheck/boundcheck/rules/catalog"
)

// Route tables: handlers registered in a loop over a table of routes,
//
//	for _, rt := range []route{{"GET /orders", h.list}, {"POST /orders", h.create}} {
//		mux.HandleFunc(rt.pattern, rt.fn)
//	}
//
// give one endpoint per row, with the row's path and handler.

// A row is one element of a route table, as the loop variable sees it.
type row struct {
	v      *types.Var // the loop's value variable
	fields map[string]ast.Expr
}

// rangeRows indexes, for the calls in f inside a range loop over a table
// of struct literals, the loop and its rows.
func (c *collector) rangeRows(f *ast.File) map[*ast.CallExpr][]row {
	out := make(map[*ast.CallExpr][]row)
	ast.Inspect(f, func(n ast.Node) bool {
		rs, ok := n.(*ast.RangeStmt)
		if !ok || !c.registers(rs.Body) {
			return true
		}
		if rows := c.tableRows(rs); rows != nil {
			ast.Inspect(rs.Body, func(m ast.Node) bool {
				if call, ok := m.(*ast.CallExpr); ok {
					out[call] = rows
				}
				return true
			})
		}
		return true
	})
	return out
}

// registers reports whether body calls a route registration: only then
// is the loop worth resolving.
func (c *collector) registers(body ast.Node) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || found {
			return !found
		}
		fn := calleeFunc(c.pass.TypesInfo, call)
		if fn == nil {
			return true
		}
		route, isRoute := catalog.RouteOf(fn)
		found = catalog.IsMuxHandle(fn) || isRoute && !route.Prefix
		return !found
	})
	return found
}

// tableRows returns the rows a range statement iterates, when it ranges
// over a slice or array of struct literals (directly or through a
// variable), with a value variable.
func (c *collector) tableRows(rs *ast.RangeStmt) []row {
	id, ok := rs.Value.(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := c.pass.TypesInfo.Defs[id].(*types.Var)
	if !ok {
		return nil
	}
	st, ok := v.Type().Underlying().(*types.Struct)
	if !ok {
		if p, isPtr := v.Type().Underlying().(*types.Pointer); isPtr {
			st, ok = p.Elem().Underlying().(*types.Struct)
		}
		if !ok {
			return nil
		}
	}
	var rows []row
	for _, o := range c.vals.Origins(rs.X) {
		lit, ok := o.Expr.(*ast.CompositeLit)
		if !ok {
			continue
		}
		for _, elt := range lit.Elts {
			if u, ok := elt.(*ast.UnaryExpr); ok {
				elt = u.X
			}
			el, ok := elt.(*ast.CompositeLit)
			if !ok {
				continue
			}
			r := row{v: v, fields: make(map[string]ast.Expr)}
			for i, e := range el.Elts {
				if kv, ok := e.(*ast.KeyValueExpr); ok {
					if k, ok := kv.Key.(*ast.Ident); ok {
						r.fields[k.Name] = kv.Value
					}
					continue
				}
				if i < st.NumFields() {
					r.fields[st.Field(i).Name()] = e
				}
			}
			rows = append(rows, r)
		}
	}
	return rows
}

// field returns the row's expression for e when e is v.F.
func (r row) field(info *types.Info, e ast.Expr) (ast.Expr, bool) {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return nil, false
	}
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok || info.Uses[id] != r.v {
		return nil, false
	}
	f, ok := r.fields[sel.Sel.Name]
	return f, ok
}

// str evaluates a string expression of the loop body for the row:
// constants, the row's fields, and their concatenation.
func (r row) str(c *collector, e ast.Expr) (string, bool) {
	if f, ok := r.field(c.pass.TypesInfo, e); ok {
		return constantString(c.pass, f)
	}
	if s, ok := constantString(c.pass, e); ok {
		return s, true
	}
	if b, ok := ast.Unparen(e).(*ast.BinaryExpr); ok && b.Op == token.ADD {
		x, ok1 := r.str(c, b.X)
		y, ok2 := r.str(c, b.Y)
		return x + y, ok1 && ok2
	}
	return "", false
}

// entries returns the handler's entry nodes for the row: the row's
// functions where the handler expression names the loop variable's
// fields, and whatever else it names.
func (r row) entries(c *collector, e ast.Expr) []model.Node {
	var out []model.Node
	ast.Inspect(e, func(n ast.Node) bool {
		if x, ok := n.(ast.Expr); ok {
			if f, ok := r.field(c.pass.TypesInfo, x); ok {
				out = append(out, entries(c.pass, f)...)
				return false
			}
		}
		return true
	})
	if len(out) == 0 {
		return entries(c.pass, e)
	}
	return out
}

// tableEndpoints records the endpoints a registration in a loop over a
// route table makes, one per row, and reports whether it did.
func (c *collector) tableEndpoints(call *ast.CallExpr, fn *types.Func, rows []row) bool {
	var pathArg, methodArg, handlerArg int
	method, prefix := "", ""
	if catalog.IsMuxHandle(fn) {
		pathArg, methodArg, handlerArg = 0, -1, 1
	} else {
		route, ok := catalog.RouteOf(fn)
		if !ok || route.Prefix {
			return false
		}
		pathArg, methodArg, handlerArg, method = route.PathArg, route.MethodArg, route.HandlerArg, route.Method
		if handlerArg < 0 {
			handlerArg = len(call.Args) - 1
		}
		if c.rs == nil {
			c.rs = newRouters(c.pass, c.file)
		}
		prefix = c.rs.prefix(c.rs.receiver(call), 0)
	}
	if pathArg < 0 || pathArg >= len(call.Args) || handlerArg < 0 || handlerArg >= len(call.Args) {
		return false
	}
	if _, ok := rows[0].field(c.pass.TypesInfo, call.Args[pathArg]); !ok && !mentions(c.pass.TypesInfo, call.Args[pathArg], rows[0].v) {
		return false // the path does not come from the table
	}
	for _, r := range rows {
		path, ok := r.str(c, call.Args[pathArg])
		if !ok {
			path = "?"
		}
		e := model.Endpoint{Protocol: "http", Method: method, Pos: call.Pos(), Entries: r.entries(c, call.Args[handlerArg])}
		e.Handler = handlerOf(e.Entries)
		if methodArg >= 0 && methodArg < len(call.Args) {
			e.Method, _ = r.str(c, call.Args[methodArg])
		}
		if prefix == "" && methodArg < 0 && method == "" {
			e.Method, e.Host, e.Path = splitPattern(path)
		} else {
			e.Path = join(prefix, path)
		}
		c.res.Endpoints = append(c.res.Endpoints, e)
	}
	return true
}

// mentions reports whether e uses v.
func mentions(info *types.Info, e ast.Expr, v *types.Var) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && info.Uses[id] == v {
			found = true
		}
		return !found
	})
	return found
}
