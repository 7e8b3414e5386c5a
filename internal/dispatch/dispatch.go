// Package dispatch says which concrete methods a call of an interface
// method may reach: class hierarchy analysis over the types a caller
// names as candidates.
//
// The rule: a call of method M on a value of interface type I may reach
// the method M of a candidate named type T (declared on T, or promoted
// into it from an embedded field) when T or *T implements I. When I
// mentions a type parameter, or T is generic, implementation cannot be
// decided without instantiating them, and T's M is taken when its
// signature has as many parameters and results as I's M.
//
// Which types are candidates is the caller's part, its scope: notimeout's
// whole-program step adds the types the program makes (composite
// literals, new, allocations) in code that runs; the service model adds
// every named type the analysed packages declare, and asks per service,
// accepting only the packages the service runs.
package dispatch

import (
	"go/types"
	"slices"
)

// An Index holds the candidate types' methods by name. The zero Index is
// empty and ready to use.
type Index struct {
	byName map[string][]candidate
	added  map[added]bool
}

// added is a type added in a scope.
type added struct {
	typ   *types.Named
	scope string
}

// A candidate is one method of a candidate type.
type candidate struct {
	typ     *types.Named
	method  *types.Func
	generic bool
	scope   string
}

// Add makes named type t a candidate: the methods of *t (which hold
// those of t) may be reached. Scope is the caller's tag for it (a package
// path), which Targets hands to its filter: a type made in several
// packages is a candidate in each scope. An interface type, or a type
// added before in the same scope, adds nothing.
func (x *Index) Add(t *types.Named, scope string) {
	t = t.Origin()
	if x.added[added{t, scope}] || types.IsInterface(t) {
		return
	}
	if x.byName == nil {
		x.byName = make(map[string][]candidate)
		x.added = make(map[added]bool)
	}
	x.added[added{t, scope}] = true
	ms := types.NewMethodSet(types.NewPointer(t))
	for i := 0; i < ms.Len(); i++ {
		fn, ok := ms.At(i).Obj().(*types.Func)
		if !ok {
			continue
		}
		x.byName[fn.Name()] = append(x.byName[fn.Name()], candidate{t, fn.Origin(), t.TypeParams().Len() > 0, scope})
	}
}

// Targets returns the methods a call of interface method m, on a value of
// interface type iface, may reach, among the candidates whose scope in
// accepts (nil: all), in the order their types were added.
func (x *Index) Targets(iface types.Type, m *types.Func, in func(scope string) bool) []*types.Func {
	it, ok := iface.Underlying().(*types.Interface)
	if !ok {
		return nil
	}
	loose := mentionsTypeParam(iface)
	ms, _ := m.Type().(*types.Signature)
	var out []*types.Func
	var seen []*types.Named // the types taken, each once whatever its scopes
	for _, c := range x.byName[m.Name()] {
		if in != nil && !in(c.scope) || slices.Contains(seen, c.typ) {
			continue
		}
		if loose || c.generic {
			if cs := c.method.Type().(*types.Signature); ms != nil &&
				ms.Params().Len() == cs.Params().Len() && ms.Results().Len() == cs.Results().Len() {
				out = append(out, c.method)
				seen = append(seen, c.typ)
			}
			continue
		}
		if types.Implements(c.typ, it) || types.Implements(types.NewPointer(c.typ), it) {
			out = append(out, c.method)
			seen = append(seen, c.typ)
		}
	}
	return out
}

// mentionsTypeParam reports whether t (or what it points to) is a generic
// named type, not instantiated or instantiated with type parameters.
func mentionsTypeParam(t types.Type) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := t.(*types.Named)
	if !ok {
		return false
	}
	if n.TypeParams().Len() > 0 && n.TypeArgs().Len() == 0 {
		return true
	}
	for i := 0; i < n.TypeArgs().Len(); i++ {
		if _, ok := n.TypeArgs().At(i).(*types.TypeParam); ok {
			return true
		}
	}
	return false
}
