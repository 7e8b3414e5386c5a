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
	if lit := c.literalOf(sel.X); lit != nil {
		d.InMemory = true
		for _, el := range lit.Elts {
			kv, ok := el.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			if id, ok := kv.Key.(*ast.Ident); ok && id.Name == "Repository" {
				d.InMemory = c.inMemoryRepository(kv.Value)
			}
		}
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
	fn, _ := c.pass.TypesInfo.Uses[calleeIdent(call.Fun)].(*types.Func)
	return catalog.IsInMemoryKeyRepository(fn)
}
