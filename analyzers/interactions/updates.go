package interactions

import (
	"go/ast"
	"strings"

	"github.com/boundcheck/boundcheck/rules/catalog"
)

// MongoDB updates: the verb of an update whose document the call shows,
// a composite literal of a document type (catalog.MongoDocKind: bson.M,
// bson.D, map[string]any) written in the call or assigned once to a local
// variable of the function. Its top-level keys, constants as go/types
// reads them, are the update's operators: $inc and $mul increment, $push
// appends (catalog.MongoUpdateVerb). A document built elsewhere, or a key
// that is not a constant, says nothing: the verb stays the catalog's.

// updateVerb returns the verb the update document at op.Update in s says,
// or "".
func (c *collector) updateVerb(s site, op catalog.QueryOp) string {
	var keys, fields []string
	for _, w := range op.Update {
		for _, o := range c.operands(s, w) {
			if lit := c.docLiteral(o.e); lit != nil {
				keys = append(keys, c.docKeys(lit)...)
				fields = append(fields, c.operatorFields(lit)...)
			}
		}
	}
	verb := catalog.MongoUpdateVerb(keys)
	if verb == "" {
		return ""
	}
	for _, w := range op.Filter {
		for _, o := range c.operands(s, w) {
			if lit := c.docLiteral(o.e); lit != nil && testsAny(c.docKeys(lit), fields) {
				return "" // a conditional update: the second run matches nothing
			}
		}
	}
	return verb
}

// operatorFields returns the fields an update document's operators
// change: "posts" in {"$push": {"posts": ...}}.
func (c *collector) operatorFields(lit *ast.CompositeLit) []string {
	var out []string
	each := func(val ast.Expr) {
		if inner := c.docLiteral(val); inner != nil {
			out = append(out, c.docKeys(inner)...)
		}
	}
	switch catalog.MongoDocKind(c.pass.TypesInfo.TypeOf(lit)) {
	case catalog.DocMap:
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				each(kv.Value)
			}
		}
	case catalog.DocList:
		for _, elt := range lit.Elts {
			if e, ok := ast.Unparen(elt).(*ast.CompositeLit); ok {
				if v := c.vals.LitField(e, "Value"); v != nil {
					each(v)
				}
			}
		}
	}
	return out
}

// testsAny reports whether one of a filter's keys is one of fields or a
// path inside one ("posts.id" inside "posts").
func testsAny(filter, fields []string) bool {
	for _, k := range filter {
		for _, f := range fields {
			if k == f || strings.HasPrefix(k, f+".") {
				return true
			}
		}
	}
	return false
}

// docLiteral returns the document literal e is (bson.M{"$inc": ...}), or
// the one a local variable e names is assigned once in the function, or
// nil.
func (c *collector) docLiteral(e ast.Expr) *ast.CompositeLit {
	e = ast.Unparen(e)
	if _, ok := e.(*ast.Ident); ok {
		e = c.assignedOnce(e)
	}
	lit, ok := e.(*ast.CompositeLit)
	if !ok || catalog.MongoDocKind(c.pass.TypesInfo.TypeOf(lit)) == "" {
		return nil
	}
	return lit
}

// docKeys returns the constant top-level keys of a document literal: the
// keys of a bson.M, the Key of each bson.E of a bson.D, a bson.E's own.
func (c *collector) docKeys(lit *ast.CompositeLit) []string {
	var keys []string
	switch catalog.MongoDocKind(c.pass.TypesInfo.TypeOf(lit)) {
	case catalog.DocMap:
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if k, ok := constantString(c.pass, kv.Key); ok {
					keys = append(keys, k)
				}
			}
		}
	case catalog.DocList:
		for _, elt := range lit.Elts {
			if e, ok := ast.Unparen(elt).(*ast.CompositeLit); ok {
				keys = append(keys, c.docKeys(e)...)
			}
		}
	case catalog.DocElem:
		if k := c.vals.LitField(lit, "Key"); k != nil {
			if k, ok := constantString(c.pass, k); ok {
				keys = append(keys, k)
			}
		}
	}
	return keys
}
