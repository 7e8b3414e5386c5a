package interactions

import (
	"go/ast"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/boundcheck/boundcheck/internal/values"
	"github.com/boundcheck/boundcheck/model"
	"github.com/boundcheck/boundcheck/rules/catalog"
)

// Broker handles across packages. A kafka-go Writer, a Reader or another
// library's value that names a destination is often made in one package
// (a shared constructor, kafkax.NewWriter(), with the topic a constant in
// it or a parameter), handed by main to a service's constructor and used
// in the service's code (s.writer.WriteMessages). Where the handle's
// origins stop at a parameter of an exported function or an exported
// field, the destination is that parameter (a Param part), which the
// callers bind with the names of the handle they pass; a constructor of
// another package says what its handle names in a HandleFact.

// HandleFact says which destinations the broker handle an exported
// function returns names, with the function's parameters as Param parts:
// NewReader(topic, group) returns a reader of {param NewReader#0}.
type HandleFact struct {
	Dest, Queue []model.Value
}

func (*HandleFact) AFact() {}

func (f *HandleFact) String() string {
	var parts []string
	for _, v := range f.Dest {
		parts = append(parts, v.String())
	}
	s := "handle " + strings.Join(parts, " | ")
	if len(f.Queue) > 0 {
		parts = parts[:0]
		for _, v := range f.Queue {
			parts = append(parts, v.String())
		}
		s += " queue " + strings.Join(parts, " | ")
	}
	return s
}

// exportHandles exports a HandleFact for each exported function of the
// package whose first result is a library's type (a broker handle) and
// whose return statements name a destination.
func (c *collector) exportHandles() {
	if c.library {
		return
	}
	for _, f := range c.pass.Files {
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Body == nil || !fd.Name.IsExported() {
				continue
			}
			fn, ok := c.pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if !ok {
				continue
			}
			if f, ok := c.handlesMade(fn); ok {
				c.pass.ExportObjectFact(fn, f)
			}
		}
	}
}

// handlesMade says what the broker handle that the package's function fn
// returns (its first result, a library's type) names, when its return
// statements name a destination.
func (c *collector) handlesMade(fn *types.Func) (*HandleFact, bool) {
	sig := fn.Signature()
	if sig.Results().Len() == 0 || !isHandle(sig.Results().At(0).Type()) {
		return nil, false
	}
	if c.handleDecls == nil {
		c.handleDecls = make(map[*types.Func]*ast.FuncDecl)
		for _, f := range c.pass.Files {
			for _, decl := range f.Decls {
				if fd, ok := decl.(*ast.FuncDecl); ok && fd.Body != nil {
					if g, ok := c.pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
						c.handleDecls[g] = fd
					}
				}
			}
		}
	}
	fd := c.handleDecls[fn]
	if fd == nil {
		return nil, false
	}
	var n names
	ast.Inspect(fd.Body, func(n2 ast.Node) bool {
		switch x := n2.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(x.Results) > 0 {
				c.name(operand{e: x.Results[0]}, catalog.Where{}, &n, 0)
			}
		}
		return true
	})
	if !slices.ContainsFunc(n.dest, said) {
		return nil, false
	}
	return &HandleFact{Dest: dedupe(n.dest), Queue: dedupe(n.queue)}, true
}

// isHandle reports whether t is, or points to, a named type of a
// catalogued library: the values whose destinations a Maker names.
func isHandle(t types.Type) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && catalog.IsLibrary(n.Obj().Pkg().Path())
}

// openNames returns, as Param parts, the parameters of exported functions
// and the exported fields a handle op holds comes from: what other
// packages give (see OpenAt).
func (c *collector) openNames(op operand) []model.Value {
	var out []model.Value
	for _, k := range c.vals.OpenAt(op.at, op.e) {
		p := values.Part{Param: k}
		if rest, ok := strings.CutPrefix(k, "field "); ok { // a FieldKey: named as values names a field
			rest, _, _ = strings.Cut(rest, "@")
			p.Field = rest[strings.LastIndex(rest, ".")+1:]
		}
		out = append(out, model.Value{Parts: []values.Part{p}})
	}
	return out
}

// madeElsewhere adds the names of the handle another package's
// function call makes, as its HandleFact says, with the call's arguments
// in place of its parameters.
func (c *collector) madeElsewhere(o values.Origin, call *ast.CallExpr, out *names) {
	fn, _ := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	if fn == nil {
		return
	}
	var f HandleFact
	if im, ok := c.ifaceHandles(fn); ok {
		// An interface's method: what its implementations make.
		f = *im
	} else if fn.Pkg() == c.pass.Pkg || !c.pass.ImportObjectFact(fn.Origin(), &f) {
		return
	}
	prefix := fn.Origin().FullName() + "#"
	bind := func(key string) []model.Value {
		i, err := strconv.Atoi(strings.TrimPrefix(key, prefix))
		if !strings.HasPrefix(key, prefix) || err != nil || i >= len(call.Args) {
			return nil
		}
		return c.vals.StringsAt(o, call.Args[i])
	}
	for _, v := range f.Dest {
		out.dest = append(out.dest, v.Substitute(bind, 16)...)
	}
	for _, v := range f.Queue {
		out.queue = append(out.queue, v.Substitute(bind, 16)...)
	}
}

// handleValues returns the names of the handle e holds, for a binding of
// a parameter or field of that type.
func (c *collector) handleValues(e ast.Expr) []model.Value {
	var n names
	c.name(operand{e: e}, catalog.Where{}, &n, 0)
	return orUnknown(dedupe(n.dest))
}

// openDest returns the destination of a message op at s whose handle
// comes from other packages (a parameter of an exported function, an
// exported field; see OpenAt): those parameters, as Param parts, which
// the callers bind with the names of the handle they pass. A handle with
// no destination of its own is told apart by the messages' names: when
// op's Fallback names one, those are the destinations.
func (c *collector) openDest(s site, op catalog.MessageOp) []model.Value {
	var open []model.Value
	for _, w := range op.Dest {
		if w.Type {
			continue
		}
		for _, o := range c.operands(s, w) {
			if t := c.pass.TypesInfo.TypeOf(o.e); o.origin == nil && t != nil && isHandle(t) {
				open = append(open, c.openNames(o)...)
			}
		}
	}
	if len(open) == 0 || len(op.Fallback) == 0 {
		return open
	}
	var fb names
	c.read(s, op.Fallback, &fb, 0)
	if slices.ContainsFunc(fb.dest, model.Value.Known) {
		return nil // read from the Fallback by the caller
	}
	return open
}

// said reports whether v says something of a destination: known text, or
// a parameter a caller binds.
func said(v model.Value) bool {
	return slices.ContainsFunc(v.Parts, func(p values.Part) bool { return p.Unknown == "" })
}
