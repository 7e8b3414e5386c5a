package interactions

import (
	"go/ast"
	"go/types"

	"github.com/boundcheck/boundcheck/model"
	"github.com/boundcheck/boundcheck/rules/catalog"
	"github.com/boundcheck/boundcheck/rules/sqltables"
	"golang.org/x/tools/go/ast/astutil"
)

// claimChecked sets q.Checked for a write that can claim a message (a
// Redis SETNX; an insert with ON CONFLICT DO NOTHING or INSERT IGNORE, an
// UPDATE whose WHERE tests what it sets, as sqltables.Changes reads them)
// when the code looks at what it answers: a claim whose answer is dropped
// keeps nothing from running twice.
func (c *collector) claimChecked(call *ast.CallExpr, q *model.Query) {
	claim := q.Verb == catalog.VerbClaim
	for _, v := range q.SQL {
		for _, ch := range sqltables.Changes(v.String()) {
			if ch.Claims() {
				claim = true
			}
		}
	}
	if claim {
		q.Checked = c.resultUsed(call)
	}
}

// resultUsed reports whether the function being walked uses what call
// returns first, or what a method called on it returns (SetNX(…).Result(),
// QueryRow(…).Scan(…)): it is not a statement of its own, not assigned
// to _, and a variable it is assigned to is read afterwards.
func (c *collector) resultUsed(call *ast.CallExpr) bool {
	if c.body == nil || c.file == nil {
		return true // cannot tell: do not take a guard away
	}
	path, exact := astutil.PathEnclosingInterval(c.file, call.Pos(), call.End())
	if !exact || len(path) < 2 || path[0] != call {
		return true
	}
	for i := 1; i < len(path); i++ {
		switch p := path[i].(type) {
		case *ast.ParenExpr:
			continue
		case *ast.SelectorExpr:
			// a method of the result: follow the call it makes, unless it
			// returns only an error (SetNX(...).Err() drops the answer)
			if i+1 < len(path) {
				if outer, ok := path[i+1].(*ast.CallExpr); ok && outer.Fun == p {
					if onlyError(c.pass.TypesInfo.TypeOf(outer)) {
						return false
					}
					i++
					continue
				}
			}
			return true
		case *ast.ExprStmt:
			return false
		case *ast.AssignStmt:
			if len(p.Lhs) == 0 {
				return false
			}
			id, ok := p.Lhs[0].(*ast.Ident)
			if !ok {
				return true // stored in a field or an element
			}
			if id.Name == "_" {
				return false
			}
			return c.readAfter(id, p)
		case *ast.ValueSpec:
			if len(p.Names) == 0 || p.Names[0].Name == "_" {
				return false
			}
			return c.readAfter(p.Names[0], p)
		}
		return true
	}
	return true
}

// readAfter reports whether the variable id defines or assigns is read in
// the function being walked after stmt.
func (c *collector) readAfter(id *ast.Ident, stmt ast.Node) bool {
	obj := c.pass.TypesInfo.ObjectOf(id)
	v, ok := obj.(*types.Var)
	if !ok {
		return true
	}
	used := false
	ast.Inspect(c.body, func(n ast.Node) bool {
		if used {
			return false
		}
		if r, ok := n.(*ast.Ident); ok && r.Pos() > stmt.End() && c.pass.TypesInfo.Uses[r] == v {
			used = true
		}
		return true
	})
	return used
}

// onlyError reports whether t, a call's type, is error alone.
func onlyError(t types.Type) bool {
	return t != nil && types.Identical(t, types.Universe.Lookup("error").Type())
}
