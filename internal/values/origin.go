package values

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/types/typeutil"
)

// An Origin is an expression a value may have been made by: a call of
// another package's function (a constructor such as kafka.NewWriter), a
// composite literal, or anything else that is not a variable, a field or a
// call of the package's own functions, which Origins follows.
type Origin struct {
	Expr ast.Expr
	// Index is the result of a call that returns several (x, err := f())
	// that the value is; -1 for a single-valued expression.
	Index int
	// env binds the parameters of the package's functions whose return
	// statements Expr was found in, so that StringsAt and OriginsAt can
	// read what Expr's parts were called with.
	env *scope
}

// maxOrigins bounds what Origins returns.
const maxOrigins = 16

// Origins returns the expressions e may have been made by, following
// variables and struct fields through every assignment and composite
// literal of the package, the parameters of its unexported functions to
// the arguments of their calls, and its own functions to their return
// statements. A variable nothing in the package assigns (an exported
// function's parameter, a range variable) has no origin.
func (r *Resolver) Origins(e ast.Expr) []Origin {
	return r.OriginsAt(Origin{}, e)
}

// OriginsAt is Origins for e, a part of o.Expr (a literal's field, a
// call's argument), with the parameters bound as they were for o.
func (r *Resolver) OriginsAt(o Origin, e ast.Expr) []Origin {
	r.index()
	return dedupeOrigins(r.origins(e, o.env, -1, 0))
}

// OpenAt returns where the origins of e (a part of o.Expr) stop at a
// value other packages give: the parameters of exported functions
// (ParamKey) and exported fields the package never sets (FieldKey), in the
// order found. A kafka-go Writer handed to a service's constructor by its
// main has no origin here, and is what main passes for that parameter.
func (r *Resolver) OpenAt(o Origin, e ast.Expr) []string {
	r.index()
	var open []string
	r.open = &open
	defer func() { r.open = nil }()
	r.origins(e, o.env, -1, 0)
	var out []string
	for _, k := range open {
		if !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}

// StringsAt is Strings for e, a part of o.Expr, with the parameters bound
// as they were for o.
func (r *Resolver) StringsAt(o Origin, e ast.Expr) []Value {
	r.index()
	vs := r.eval(e, o.env, 0)
	if len(vs) == 0 {
		return []Value{Unknown("?")}
	}
	return vs
}

// LitField returns the expression a struct literal sets field name to,
// keyed or by position, or nil when it leaves the field unset.
func (r *Resolver) LitField(lit *ast.CompositeLit, name string) ast.Expr {
	var st *types.Struct
	if tv, ok := r.info.Types[lit]; ok {
		st, _ = deref(tv.Type).Underlying().(*types.Struct)
	}
	for i, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok && id.Name == name {
				return kv.Value
			}
			continue
		}
		if st != nil && i < st.NumFields() && st.Field(i).Name() == name {
			return elt
		}
	}
	return nil
}

// Concat returns the values of a followed by b: the cross product, or one
// unknown when there would be too many.
func Concat(a, b []Value) []Value { return concat(a, b, maxValues) }

// origins finds the origins of e (result idx of a call that returns
// several, or -1).
func (r *Resolver) origins(e ast.Expr, env *scope, idx int, depth int) []Origin {
	if depth > maxDepth {
		return nil
	}
	e = ast.Unparen(e)
	switch x := e.(type) {
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			return r.origins(x.X, env, -1, depth+1)
		}
	case *ast.StarExpr:
		return r.origins(x.X, env, -1, depth+1)
	case *ast.Ident:
		if v, ok := r.info.Uses[x].(*types.Var); ok {
			return r.varOrigins(v, env, depth)
		}
		if x.Name == "nil" {
			return nil
		}
	case *ast.SelectorExpr:
		if sel, ok := r.info.Selections[x]; ok {
			if sel.Kind() == types.FieldVal {
				return r.varOrigins(sel.Obj().(*types.Var), env, depth)
			}
			break
		}
		if v, ok := r.info.Uses[x.Sel].(*types.Var); ok { // a package's variable
			return r.varOrigins(v, env, depth)
		}
	case *ast.CallExpr:
		return r.callOrigins(x, env, idx, depth)
	}
	return []Origin{{Expr: e, Index: idx, env: env}}
}

// originKey marks a variable or function being followed, apart from the
// keys eval uses.
type originKey struct{ obj types.Object }

// varOrigins follows a variable or field: its binding in env, the
// assignments to it, or, for a parameter of an unexported function, the
// arguments of its calls.
func (r *Resolver) varOrigins(v *types.Var, env *scope, depth int) []Origin {
	for s := env; s != nil; s = s.outer {
		if arg, ok := s.params[v]; ok {
			return r.origins(arg, s.outer, -1, depth+1)
		}
	}
	key := originKey{v}
	if r.visiting[key] {
		return nil
	}
	r.visiting[key] = true
	defer delete(r.visiting, key)
	srcs := r.assigns[v]
	if len(srcs) == 0 && v.IsField() && v.Exported() && r.open != nil {
		*r.open = append(*r.open, FieldKey(v))
	}
	if len(srcs) == 0 && !v.IsField() {
		fn := r.paramOf(v)
		if fn != nil && fn.Exported() && r.open != nil {
			if i := paramIndex(fn, v); i >= 0 {
				*r.open = append(*r.open, ParamKey(fn, i))
			}
		}
		if fn == nil || fn.Exported() {
			return nil
		}
		i := paramIndex(fn, v)
		if sig := fn.Type().(*types.Signature); i < 0 || sig.Variadic() && i == sig.Params().Len()-1 {
			return nil
		}
		var out []Origin
		for _, call := range r.calls[fn] {
			if i < len(call.Args) {
				out = append(out, r.origins(call.Args[i], nil, -1, depth+1)...)
			}
		}
		return out
	}
	var out []Origin
	for _, s := range srcs {
		if s.flag != nil {
			continue
		}
		if s.rangeOf != nil {
			out = append(out, r.rangeOrigins(s, s.scope(env), depth)...)
			continue
		}
		out = append(out, r.origins(s.e, s.scope(env), s.idx, depth+1)...)
		if len(out) > maxOrigins {
			break
		}
	}
	return out
}

// callOrigins follows a conversion to its operand, and a call of the
// package's own function to its return statements, with its parameters
// bound to the call's arguments; any other call is an origin.
func (r *Resolver) callOrigins(call *ast.CallExpr, env *scope, idx int, depth int) []Origin {
	if tv, ok := r.info.Types[call.Fun]; ok && tv.IsType() && len(call.Args) == 1 {
		return r.origins(call.Args[0], env, -1, depth+1)
	}
	fn, ok := typeutil.Callee(r.info, call).(*types.Func)
	if !ok || fn.Pkg() != r.pkg {
		return []Origin{{Expr: call, Index: idx, env: env}}
	}
	fn = fn.Origin()
	decl := r.funcs[fn]
	key := originKey{fn}
	if decl == nil || r.visiting[key] {
		return []Origin{{Expr: call, Index: idx, env: env}}
	}
	r.visiting[key] = true
	defer delete(r.visiting, key)
	sig := fn.Type().(*types.Signature)
	inner := bind(sig, call, env)
	if idx < 0 {
		idx = 0
	}
	var out []Origin
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			switch {
			case len(n.Results) == sig.Results().Len() && idx < len(n.Results):
				out = append(out, r.origins(n.Results[idx], inner, -1, depth+1)...)
			case len(n.Results) == 1 && sig.Results().Len() > 1: // return f()
				out = append(out, r.origins(n.Results[0], inner, idx, depth+1)...)
			}
		}
		return true
	})
	return out
}

func dedupeOrigins(os []Origin) []Origin {
	type key struct {
		e   ast.Expr
		idx int
		env *scope
	}
	seen := make(map[key]bool, len(os))
	out := os[:0]
	for _, o := range os {
		k := key{o.Expr, o.Index, o.env}
		if !seen[k] {
			seen[k] = true
			out = append(out, o)
		}
	}
	if len(out) > maxOrigins {
		out = out[:maxOrigins]
	}
	return out
}
