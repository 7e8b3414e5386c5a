package interactions

import (
	"go/ast"
	"go/types"

	"github.com/boundcheck/boundcheck/model"
	"github.com/boundcheck/boundcheck/rules/catalog"
)

// deduplicator records a use of watermill's Deduplicator middleware
// (dedup.Middleware, handed to a router's or a handler's AddMiddleware),
// and whether its store is the process' memory: no Repository set, or
// one made by NewMapExpiringKeyRepository.
func (c *collector) deduplicator(sel *ast.SelectorExpr, node model.Node) {
	fn, _ := c.pass.TypesInfo.Uses[sel.Sel].(*types.Func)
	if !catalog.IsDeduplicatorMiddleware(fn) {
		return
	}
	d := model.Deduper{Func: node, Pos: sel.Pos()}
	if lit := c.literalOf(sel.X); lit != nil && !c.fieldSet(sel.X, "Repository") {
		repo := c.vals.LitField(lit, "Repository")
		d.InMemory = repo == nil || c.inMemoryRepository(repo)
	}
	c.res.Dedupers = append(c.res.Dedupers, d)
}

// literalOf returns the composite literal e is, points to, or, for a
// local variable, was assigned in the function being walked; nil when
// none can be seen.
func (c *collector) literalOf(e ast.Expr) *ast.CompositeLit {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok {
		e = ast.Unparen(u.X)
	}
	switch e := e.(type) {
	case *ast.CompositeLit:
		return e
	case *ast.Ident:
		if rhs := c.assignedOnce(e); rhs != nil {
			return c.literalOf(rhs)
		}
	}
	return nil
}

// inMemoryRepository reports whether e, a Deduplicator's Repository, is
// made by NewMapExpiringKeyRepository, directly or through a local
// variable.
func (c *collector) inMemoryRepository(e ast.Expr) bool {
	e = ast.Unparen(e)
	if id, ok := e.(*ast.Ident); ok {
		if rhs := c.assignedOnce(id); rhs != nil {
			e = ast.Unparen(rhs)
		}
	}
	call, ok := e.(*ast.CallExpr)
	if !ok {
		return false
	}
	return catalog.IsInMemoryKeyRepository(calleeFunc(c.pass.TypesInfo, call))
}

// fieldSet reports whether the function being walked assigns field name
// of the variable e names (d.Repository = repo): the literal it was made
// with does not say the field's value then.
func (c *collector) fieldSet(e ast.Expr, name string) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || c.body == nil {
		return false
	}
	obj := c.pass.TypesInfo.ObjectOf(id)
	set := false
	ast.Inspect(c.body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || set {
			return !set
		}
		for _, l := range as.Lhs {
			if s, ok := ast.Unparen(l).(*ast.SelectorExpr); ok && s.Sel.Name == name {
				if x, ok := ast.Unparen(s.X).(*ast.Ident); ok && c.pass.TypesInfo.ObjectOf(x) == obj {
					set = true
				}
			}
		}
		return true
	})
	return set
}
