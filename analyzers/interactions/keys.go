package interactions

import (
	"go/ast"
	"go/token"
	"go/types"
)

// assignedOnce returns the one expression the local variable e names is
// assigned in the function being walked (doc := bson.M{...}; id, err :=
// uuid.NewRandom() gives the call for id), or nil: e is no variable
// declared in the function, it is assigned more than once (a var
// declaration without a value counts), its address is taken, it is a
// range variable, or it is a later result of a call (err above).
func (c *collector) assignedOnce(e ast.Expr) ast.Expr {
	v := c.localVar(e)
	if v == nil {
		return nil
	}
	count := 0
	var rhs ast.Expr
	assign := func(lhs []ast.Expr, values []ast.Expr, i int) {
		count++
		switch {
		case len(values) == len(lhs):
			rhs = values[i]
		case len(values) == 1 && i == 0:
			rhs = values[0]
		default:
			rhs = nil
		}
	}
	ast.Inspect(c.body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				if c.varOf(l) != v {
					continue
				}
				assign(n.Lhs, n.Rhs, i)
				if n.Tok != token.ASSIGN && n.Tok != token.DEFINE {
					count++ // x += ...
				}
			}
		case *ast.ValueSpec:
			lhs := make([]ast.Expr, len(n.Names))
			for i, name := range n.Names {
				lhs[i] = name
			}
			for i, name := range n.Names {
				if c.varOf(name) == v {
					assign(lhs, n.Values, i)
				}
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND && c.varOf(n.X) == v {
				count += 2
			}
		case *ast.IncDecStmt:
			if c.varOf(n.X) == v {
				count += 2
			}
		case *ast.RangeStmt:
			if c.varOf(n.Key) == v || c.varOf(n.Value) == v {
				count += 2
			}
		}
		return true
	})
	if count != 1 {
		return nil
	}
	return rhs
}

// localVar returns the variable e names when it is declared in the
// function being walked, else nil.
func (c *collector) localVar(e ast.Expr) *types.Var {
	v := c.varOf(e)
	if v == nil || c.body == nil || v.Pos() < c.body.Pos() || v.Pos() >= c.body.End() {
		return nil
	}
	return v
}

// varOf returns the variable the identifier e declares or uses, or nil.
func (c *collector) varOf(e ast.Expr) *types.Var {
	if e == nil {
		return nil
	}
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	if v, ok := c.pass.TypesInfo.Defs[id].(*types.Var); ok {
		return v
	}
	v, _ := c.pass.TypesInfo.Uses[id].(*types.Var)
	return v
}
