package values

import (
	"go/ast"
	"go/types"
)

// Range variables and joined lists, as a small loop over a list of names gives them: the
// variable of `for _, t := range []string{"created", "paid"}` (or of a
// package's list or array nobody appends to, or the keys of a map literal)
// is each element in turn, so that fmt.Sprintf("orders.%s", t) is
// "orders.created" and "orders.paid". A list the package builds otherwise
// (append, a call, a parameter) leaves the variable unknown.

// rangeVars records the range statement's key and value variables as
// taking the elements of what it ranges over.
func (r *Resolver) rangeVars(n *ast.RangeStmt) {
	for i, e := range []ast.Expr{n.Key, n.Value} {
		if e == nil {
			continue
		}
		if obj := r.target(e); obj != nil {
			r.assigns[obj] = append(r.assigns[obj], source{rangeOf: n.X, key: i == 0, idx: -1})
		}
	}
}

// elements returns the expressions a range variable takes over x: the
// values of a slice's or an array's literal, the keys or values of a
// map's; ok is false when x is not only literals the package writes.
func (r *Resolver) elements(x ast.Expr, key bool) (elts []ast.Expr, ok bool) {
	lits, ok := r.rangeLits(x, 0)
	if !ok {
		return nil, false
	}
	for _, lit := range lits {
		tv, found := r.info.Types[lit]
		if !found {
			return nil, false
		}
		_, isMap := tv.Type.Underlying().(*types.Map)
		if key && !isMap {
			return nil, false // an index
		}
		for _, elt := range lit.Elts {
			kv, isKV := elt.(*ast.KeyValueExpr)
			switch {
			case isKV && key:
				elts = append(elts, kv.Key)
			case isKV:
				elts = append(elts, kv.Value)
			default:
				elts = append(elts, elt)
			}
		}
	}
	return elts, true
}

// rangeLits returns the literals x holds: x itself, or every value the
// package assigns to the variable x names, when each is a literal.
func (r *Resolver) rangeLits(x ast.Expr, depth int) ([]*ast.CompositeLit, bool) {
	if depth > 4 {
		return nil, false
	}
	switch x := ast.Unparen(x).(type) {
	case *ast.CompositeLit:
		return []*ast.CompositeLit{x}, true
	case *ast.Ident, *ast.SelectorExpr:
		v, ok := r.target(x).(*types.Var)
		if !ok || r.paramOf(v) != nil || v.IsField() {
			return nil, false
		}
		srcs := r.assigns[v]
		if len(srcs) == 0 {
			return nil, false
		}
		var out []*ast.CompositeLit
		for _, s := range srcs {
			if s.e == nil || s.idx >= 0 || s.env != nil {
				return nil, false
			}
			lits, ok := r.rangeLits(s.e, depth+1)
			if !ok {
				return nil, false
			}
			out = append(out, lits...)
		}
		return out, true
	}
	return nil, false
}

// joinList resolves strings.Join of a literal list (directly, or a
// variable only a literal sets) and a known separator:
// strings.Join([]string{prefix, "orders", "created"}, ".").
func (r *Resolver) joinList(call *ast.CallExpr, env *scope, depth int) []Value {
	if len(call.Args) != 2 {
		return []Value{Unknown("?")}
	}
	sep, ok := r.constString(call.Args[1])
	lits, listed := r.rangeLits(call.Args[0], 0)
	if !ok || !listed || len(lits) != 1 {
		return []Value{Unknown("joined list")}
	}
	out := []Value{{}}
	for i, elt := range lits[0].Elts {
		if _, keyed := elt.(*ast.KeyValueExpr); keyed {
			return []Value{Unknown("joined list")} // []string{1: "b", 0: "a"}: not joined in the order written
		}
		if i > 0 {
			out = concat(out, []Value{Lit(sep)}, maxValues)
		}
		out = concat(out, r.eval(elt, env, depth+1), maxValues)
	}
	return out
}

// rangeValues resolves a range variable's source: each element's values.
func (r *Resolver) rangeValues(s source, name string, env *scope, depth int) []Value {
	elts, ok := r.elements(s.rangeOf, s.key)
	if !ok && !s.key {
		if p, ok := r.listParam(s.rangeOf); ok {
			return []Value{{Parts: []Part{p}}}
		}
	}
	if !ok || len(elts) == 0 {
		return []Value{Unknown(name)}
	}
	if len(elts) > maxValues {
		return []Value{Unknown("too many values")}
	}
	var out []Value
	for _, e := range elts {
		out = append(out, r.eval(e, env, depth+1)...)
	}
	return out
}

// listParam returns the parameter part of x when x is a string-list
// parameter of an exported function (func (c *Consumer) Consume(keys
// []string)): a range over it takes each element its callers pass, as a
// binding of a list parameter holds each element as a value of its own.
func (r *Resolver) listParam(x ast.Expr) (Part, bool) {
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok {
		return Part{}, false
	}
	v, ok := r.info.Uses[id].(*types.Var)
	if !ok || len(r.assigns[v]) > 0 {
		return Part{}, false
	}
	sl, ok := v.Type().Underlying().(*types.Slice)
	if !ok {
		return Part{}, false
	}
	if b, ok := sl.Elem().Underlying().(*types.Basic); !ok || b.Info()&types.IsString == 0 {
		return Part{}, false
	}
	fn := r.paramOf(v)
	if fn == nil || !fn.Exported() {
		return Part{}, false
	}
	return Part{Param: ParamKey(fn, paramIndex(fn, v))}, true
}

// rangeOrigins is rangeValues for Origins.
func (r *Resolver) rangeOrigins(s source, env *scope, depth int) []Origin {
	elts, _ := r.elements(s.rangeOf, s.key)
	var out []Origin
	for _, e := range elts {
		out = append(out, r.origins(e, env, -1, depth+1)...)
	}
	return out
}
