package interactions

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"github.com/boundcheck/boundcheck/model"
)

// ImplFact lists the concrete types a package puts in named interface
// types (a config struct's field of type OrderPaidProducerConfig set to an
// *orderPaidProducerConfig), so that a call of the interface's method in
// another package (cfg.OrderPaidProducer.TopicName()) returns what the
// method of those types returns, not what any type with such a method
// does.
type ImplFact struct {
	Impls []Impl
}

// An Impl is one concrete type put in one interface type, both as
// "path.Name".
type Impl struct {
	Iface, Concrete string
}

func (*ImplFact) AFact() {}

func (f *ImplFact) String() string {
	parts := make([]string, len(f.Impls))
	for i, im := range f.Impls {
		parts[i] = im.Concrete + " as " + im.Iface
	}
	return "impls " + strings.Join(parts, ", ")
}

// qualifiedTypeName returns "path.Name" of a named type, or of the named type a
// pointer points to, and "" for any other type.
func qualifiedTypeName(t types.Type) string {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return ""
	}
	return n.Obj().Pkg().Path() + "." + n.Obj().Name()
}

// impls finds where the package's code puts a value of a concrete named
// type in a variable, field, parameter, result or element of a named
// interface type.
func (c *collector) impls() []Impl {
	info := c.pass.TypesInfo
	seen := make(map[Impl]bool)
	var out []Impl
	put := func(e ast.Expr, target types.Type) {
		if e == nil || target == nil {
			return
		}
		it, ok := target.Underlying().(*types.Interface)
		if !ok || !stringGetter(it) {
			return
		}
		iface := qualifiedTypeName(target)
		src := info.TypeOf(e)
		if iface == "" || src == nil || types.IsInterface(src) {
			return
		}
		concrete := qualifiedTypeName(src)
		if concrete == "" || outside(typePkg(target)) || outside(typePkg(src)) {
			return // a library's types are no program's config
		}
		if im := (Impl{iface, concrete}); !seen[im] {
			seen[im] = true
			out = append(out, im)
		}
	}
	var results []*types.Tuple // the results of the functions being walked, innermost last
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			if n.Body == nil {
				return false
			}
			fn, _ := info.Defs[n.Name].(*types.Func)
			var res *types.Tuple
			if fn != nil {
				res = fn.Type().(*types.Signature).Results()
			}
			results = append(results, res)
			ast.Inspect(n.Body, visit)
			results = results[:len(results)-1]
			return false
		case *ast.FuncLit:
			var res *types.Tuple
			if sig, ok := info.TypeOf(n).(*types.Signature); ok {
				res = sig.Results()
			}
			results = append(results, res)
			ast.Inspect(n.Body, visit)
			results = results[:len(results)-1]
			return false
		case *ast.ReturnStmt:
			if len(results) > 0 && results[len(results)-1] != nil && len(n.Results) == results[len(results)-1].Len() {
				for i, r := range n.Results {
					put(r, results[len(results)-1].At(i).Type())
				}
			}
		case *ast.AssignStmt:
			if len(n.Lhs) == len(n.Rhs) {
				for i := range n.Lhs {
					put(n.Rhs[i], info.TypeOf(n.Lhs[i]))
				}
			}
		case *ast.ValueSpec:
			if n.Type != nil && len(n.Values) == len(n.Names) {
				for _, v := range n.Values {
					put(v, info.TypeOf(n.Type))
				}
			}
		case *ast.CompositeLit:
			c.litImpls(n, put)
		case *ast.CallExpr:
			ft := info.TypeOf(n.Fun)
			if ft == nil || info.Types[n.Fun].IsType() {
				break // a conversion, or a broken package's call
			}
			sig, ok := ft.Underlying().(*types.Signature)
			if !ok {
				break
			}
			for i, a := range n.Args {
				switch {
				case i < sig.Params().Len()-1 || !sig.Variadic() && i < sig.Params().Len():
					put(a, sig.Params().At(i).Type())
				case sig.Variadic() && n.Ellipsis == 0:
					if s, ok := sig.Params().At(sig.Params().Len() - 1).Type().(*types.Slice); ok {
						put(a, s.Elem())
					}
				}
			}
		}
		return true
	}
	for _, f := range c.pass.Files {
		if ast.IsGenerated(f) {
			continue // generated servers and clients are no program's config
		}
		ast.Inspect(f, visit)
	}
	return out
}

// typePkg returns the path of the package that declares a named type, or
// the named type a pointer points to.
func typePkg(t types.Type) string {
	path, _, _ := cutLast(qualifiedTypeName(t), ".")
	return path
}

// litImpls calls put for each element of a composite literal with the
// type of the field or element it sets.
func (c *collector) litImpls(lit *ast.CompositeLit, put func(ast.Expr, types.Type)) {
	t := c.pass.TypesInfo.TypeOf(lit)
	if t == nil {
		return
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	switch u := t.Underlying().(type) {
	case *types.Struct:
		for i, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok {
					if f, ok := c.pass.TypesInfo.ObjectOf(id).(*types.Var); ok {
						put(kv.Value, f.Type())
					}
				}
				continue
			}
			if i < u.NumFields() {
				put(elt, u.Field(i).Type())
			}
		}
	case *types.Slice, *types.Array, *types.Map:
		var elem types.Type
		switch u := u.(type) {
		case *types.Slice:
			elem = u.Elem()
		case *types.Array:
			elem = u.Elem()
		case *types.Map:
			elem = u.Elem()
		}
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				elt = kv.Value
			}
			put(elt, elem)
		}
	}
}

// ifaceReturns is what a call of interface method m returns: what the
// method of each concrete type put in m's interface returns, by the
// ReturnFacts of the packages this one imports and by this package's own
// code. It reports false when no such type is known, or one of them
// returns nothing known.
func (c *collector) ifaceReturns(m *types.Func) ([]model.Value, bool) {
	recv := m.Type().(*types.Signature).Recv()
	if recv == nil {
		return nil, false
	}
	iface := qualifiedTypeName(recv.Type())
	if iface == "" {
		return nil, false
	}
	c.loadImpls()
	concretes := c.implsOf[iface]
	if len(concretes) == 0 {
		return nil, false
	}
	var out []model.Value
	for _, t := range concretes {
		vs, ok := c.methodFacts[t+"."+m.Name()]
		if !ok {
			vs, ok = c.ownMethodReturns(t, m.Name())
		}
		if !ok {
			return nil, false // one of the types returns something not known
		}
		out = append(out, vs...)
	}
	return out, true
}

// ownMethodReturns is what method name of this package's type t
// ("path.Name") returns, when it builds it from something known.
func (c *collector) ownMethodReturns(t, name string) ([]model.Value, bool) {
	fn := c.ownMethod(t, name)
	if fn == nil {
		return nil, false
	}
	vs := c.vals.FuncReturns(fn)
	return vs, informative(vs)
}

// ownMethod returns method name of this package's type t ("path.Name"),
// declared in this package, or nil.
func (c *collector) ownMethod(t, name string) *types.Func {
	path, tn, ok := cutLast(t, ".")
	if !ok || path != c.pass.Pkg.Path() {
		return nil
	}
	obj, _ := c.pass.Pkg.Scope().Lookup(tn).(*types.TypeName)
	if obj == nil {
		return nil
	}
	sel, _, _ := types.LookupFieldOrMethod(types.NewPointer(obj.Type()), true, c.pass.Pkg, name)
	fn, ok := sel.(*types.Func)
	if !ok || fn.Pkg() != c.pass.Pkg {
		return nil
	}
	return fn
}

// cutLast cuts s around the last sep.
func cutLast(s, sep string) (before, after string, found bool) {
	if i := strings.LastIndex(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// stringGetter reports whether interface it has a method whose first
// result is a string, other than fmt.Stringer's and error's, or a broker
// handle: the methods a config interface reads names with, and those
// that make a message for a topic (Encode() *primitive.Message).
func stringGetter(it *types.Interface) bool {
	for i := 0; i < it.NumMethods(); i++ {
		m := it.Method(i)
		if m.Name() == "String" || m.Name() == "Error" || m.Name() == "GoString" {
			continue
		}
		if res := m.Type().(*types.Signature).Results(); res.Len() > 0 && (isString(res.At(0).Type()) || isHandle(res.At(0).Type())) {
			return true
		}
	}
	return false
}

// loadImpls indexes, on first use, the program's implementations of
// interfaces (ImplFacts and the package's own) and the facts of their
// methods: what they return (ReturnFact) and the broker handles they
// make (HandleFact), by "path.Type.Method".
func (c *collector) loadImpls() {
	if c.implsOf != nil {
		return
	}
	c.implsOf = make(map[string][]string)
	add := func(ims []Impl) {
		for _, im := range ims {
			if !slices.Contains(c.implsOf[im.Iface], im.Concrete) {
				c.implsOf[im.Iface] = append(c.implsOf[im.Iface], im.Concrete)
			}
		}
	}
	for _, pf := range c.pass.AllPackageFacts() {
		if f, ok := pf.Fact.(*ImplFact); ok {
			add(f.Impls)
		}
	}
	add(c.ownImpls)
	c.methodFacts = make(map[string][]model.Value)
	c.methodHandles = make(map[string]*HandleFact)
	for _, of := range c.pass.AllObjectFacts() {
		fn, isFn := of.Object.(*types.Func)
		if !isFn {
			continue
		}
		r := fn.Type().(*types.Signature).Recv()
		if r == nil {
			continue
		}
		key := qualifiedTypeName(r.Type()) + "." + fn.Name()
		switch f := of.Fact.(type) {
		case *ReturnFact:
			c.methodFacts[key] = f.Values
		case *HandleFact:
			c.methodHandles[key] = f
		}
	}
}

// ifaceHandles returns what the broker handles that the program's
// implementations of interface method m make name (HandleFact), with
// m's parameters as Param parts of each implementation's: every one must
// say, else nothing is known.
func (c *collector) ifaceHandles(m *types.Func) (*HandleFact, bool) {
	sig := m.Type().(*types.Signature)
	recv := sig.Recv()
	if recv == nil || !types.IsInterface(recv.Type()) || sig.Results().Len() == 0 || !isHandle(sig.Results().At(0).Type()) {
		return nil, false
	}
	c.loadImpls()
	concretes := c.implsOf[qualifiedTypeName(recv.Type())]
	if len(concretes) == 0 {
		return nil, false
	}
	out := new(HandleFact)
	for _, t := range concretes {
		f, ok := c.methodHandles[t+"."+m.Name()]
		if !ok {
			f, ok = c.ownMethodHandles(t, m.Name())
		}
		if !ok {
			return nil, false
		}
		out.Dest = append(out.Dest, f.Dest...)
		out.Queue = append(out.Queue, f.Queue...)
	}
	return out, true
}

// ownMethodHandles is what the broker handle that method name of this
// package's type t ("path.Name") returns names.
func (c *collector) ownMethodHandles(t, name string) (*HandleFact, bool) {
	fn := c.ownMethod(t, name)
	if fn == nil {
		return nil, false
	}
	return c.handlesMade(fn)
}
