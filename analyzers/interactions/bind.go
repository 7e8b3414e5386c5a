package interactions

import (
	"go/ast"
	"go/types"
	"maps"
	"slices"
	"strings"

	"github.com/boundcheck/boundcheck/internal/values"
	"github.com/boundcheck/boundcheck/model"
	"github.com/boundcheck/boundcheck/rules/catalog"
)

// ParamFact marks the parameters of an exported function that a URL, dial
// target or topic is built from, so that callers in other packages record
// what they pass.
type ParamFact struct {
	Params []int
}

func (*ParamFact) AFact() {}

func (f *ParamFact) String() string {
	var b strings.Builder
	b.WriteString("params")
	for _, i := range f.Params {
		b.WriteString(" #")
		b.WriteByte(byte('0' + i%10))
	}
	return b.String()
}

// ReturnFact says what an exported function returns (its first result, a
// string), with its parameters as Param parts: config.String(key, def)
// helpers, address builders.
type ReturnFact struct {
	Values []model.Value
}

func (*ReturnFact) AFact() {}

func (f *ReturnFact) String() string { return "returns " + joinValues(f.Values) }

// joinValues renders values for a fact's String: "a | ${B}".
func joinValues(vs []model.Value) string {
	parts := make([]string, len(vs))
	for i, v := range vs {
		parts[i] = v.String()
	}
	return strings.Join(parts, " | ")
}

// VarFact says what an exported package-level string variable holds, by
// the assignments its package makes to it (var Topic = topicFromEnv()).
type VarFact struct {
	Values []model.Value
}

func (*VarFact) AFact() {}

func (f *VarFact) String() string { return "holds " + joinValues(f.Values) }

// VarFieldsFact says what the string fields of an exported package-level
// variable hold, when its values are struct literals (var
// OrdersStream = jetstream.StreamConfig{Name: "orders"}), by field name.
type VarFieldsFact struct {
	Fields map[string][]model.Value
}

func (*VarFieldsFact) AFact() {}

func (f *VarFieldsFact) String() string {
	var b strings.Builder
	b.WriteString("fields")
	for _, name := range slices.Sorted(maps.Keys(f.Fields)) {
		b.WriteString(" " + name + "=" + joinValues(f.Fields[name]))
	}
	return b.String()
}

// exportVars exports a VarFact for each exported package-level string
// variable whose values tell something, and a VarFieldsFact for each
// exported struct variable whose literal's string fields do.
func (c *collector) exportVars() {
	scope := c.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		v, ok := scope.Lookup(name).(*types.Var)
		if !ok || !v.Exported() {
			continue
		}
		if !isString(v.Type()) {
			fields := c.vals.VarFieldValues(v)
			maps.DeleteFunc(fields, func(_ string, vs []model.Value) bool { return !informative(vs) })
			if len(fields) > 0 {
				c.pass.ExportObjectFact(v, &VarFieldsFact{Fields: fields})
			}
			continue
		}
		if vs := c.vals.VarValues(v); informative(vs) {
			c.pass.ExportObjectFact(v, &VarFact{Values: vs})
		}
	}
}

// exportReturns exports a ReturnFact for each exported function of the
// package whose first result is a string it builds from something known.
func (c *collector) exportReturns() {
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
			sig := fn.Type().(*types.Signature)
			if sig.Recv() != nil && sig.Params().Len() == 0 && (fn.Name() == "String" || fn.Name() == "Error" || fn.Name() == "GoString") {
				continue // fmt.Stringer and error: formatting, never where a URL comes from
			}
			res := sig.Results()
			if res.Len() == 0 {
				continue
			}
			if !isString(res.At(0).Type()) {
				continue
			}
			vs := c.vals.FuncReturns(fn)
			if !informative(vs) {
				continue
			}
			c.pass.ExportObjectFact(fn, &ReturnFact{Values: vs})
		}
	}
}

// informative reports whether a value says where it comes from: text, an
// environment variable, a flag or a config key, not only a parameter.
func informative(vs []model.Value) bool {
	for _, v := range vs {
		for _, p := range v.Parts {
			if p.Unknown == "" && p.Param == "" {
				return true
			}
		}
	}
	return false
}

// A staticCall is a call of a function outside the libraries, kept for
// binding.
type staticCall struct {
	call *ast.CallExpr
	fn   *types.Func
}

// bind records what the package's calls pass for the parameters values are
// built from, and exports the parameters of the package's own exported
// functions that values here depend on.
func (c *collector) bind() {
	local := make(map[string]paramRef)
	for _, f := range c.pass.Files {
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok {
				continue
			}
			fn, ok := c.pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if !ok {
				continue
			}
			params := fn.Type().(*types.Signature).Params()
			for i := 0; i < params.Len(); i++ {
				local[values.ParamKey(fn, i)] = paramRef{fn, i}
			}
		}
	}
	want := make(map[*types.Func]map[int]bool)
	mark := func(vs []model.Value) bool {
		changed := false
		for _, v := range vs {
			// Only a leading parameter (a base URL, an address, a topic),
			// or one right after the scheme ("http://" + host), says where
			// the value goes; the rest (ids) is not worth binding.
			if p, ok := leadingParam(v); ok {
				ref, ok := local[p.Param]
				if !ok || want[ref.fn][ref.i] {
					continue
				}
				if want[ref.fn] == nil {
					want[ref.fn] = make(map[int]bool)
				}
				want[ref.fn][ref.i] = true
				changed = true
			}
		}
		return changed
	}
	markParts := func(vs []model.Value) {
		for _, v := range vs {
			for _, p := range v.Parts {
				if p.Param != "" {
					mark([]model.Value{{Parts: []model.Part{p}}})
				}
			}
		}
	}
	for _, call := range c.res.Calls {
		mark(call.URL)
		mark(call.Target)
		mark(call.AppID)
	}
	for _, m := range c.res.Messages {
		// Every part of a destination names it: an AMQP exchange and
		// the routing key after it ("signup_topic/" + severity).
		mark(m.Destination)
		mark(m.Queue)
		markParts(m.Destination)
	}
	for _, d := range c.res.Datastores {
		mark(d.Addr)
		mark(d.Database)
		mark(d.Collection)
	}
	for _, q := range c.res.Queries {
		mark(q.SQL)
		mark(q.Table)
	}
	for _, l := range c.res.Listens {
		mark(l.Addr)
	}
	done := make(map[string]bool)
	for changed := true; changed; {
		changed = false
		for _, sc := range c.static {
			idx := c.wanted(sc.fn, want)
			for _, i := range idx {
				if i >= len(sc.call.Args) {
					continue
				}
				key := values.ParamKey(sc.fn, i)
				at := key + "@" + c.pass.Fset.Position(sc.call.Pos()).String()
				if done[at] {
					continue
				}
				done[at] = true
				arg := sc.call.Args[i]
				var vs []model.Value
				switch t := c.pass.TypesInfo.TypeOf(arg); {
				case t != nil && isHandle(t):
					vs = c.handleValues(arg) // handles.go
				case t != nil && isStringList(t):
					// A list of topics handed to a consumer wrapper
					// ([]string{cfg.Topic}): each element is a value.
					vs, _ = c.list(operand{e: arg})
				default:
					vs = c.vals.Strings(arg)
				}
				c.res.Bindings = append(c.res.Bindings, model.Binding{Param: key, Values: vs, Pos: sc.call.Pos()})
				if mark(vs) {
					changed = true
				}
			}
		}
	}
	c.bindAbstract()
	for fn, idx := range want {
		if !fn.Exported() {
			continue
		}
		f := &ParamFact{}
		for i := range idx {
			f.Params = append(f.Params, i)
		}
		slices.Sort(f.Params)
		c.pass.ExportObjectFact(fn, f)
	}
	slices.SortStableFunc(c.res.Bindings, func(a, b model.Binding) int { return int(a.Pos - b.Pos) })
}

// bindAbstract records what the package's calls of the program's
// interface methods pass for their string and string-list parameters,
// when it tells something: the model binds it to the parameters of the
// methods that implement them (producer.Produce("USER_REGISTERED", b)
// through an EventProducer is the key its rabbitMqProducer publishes).
// Which of those parameters values are built from is not known here, as
// the implementations may be in any package.
func (c *collector) bindAbstract() {
	for _, sc := range c.abstract {
		sig := sc.fn.Type().(*types.Signature)
		for i, arg := range sc.call.Args {
			if i >= sig.Params().Len() || sig.Variadic() && i >= sig.Params().Len()-1 {
				break
			}
			var vs []model.Value
			switch t := sig.Params().At(i).Type(); {
			case isString(t):
				vs = c.vals.Strings(arg)
			case isStringList(t):
				vs, _ = c.list(operand{e: arg})
			default:
				continue
			}
			if !informative(vs) && !slices.ContainsFunc(vs, func(v model.Value) bool { _, ok := leadingParam(v); return ok }) {
				continue
			}
			c.res.Bindings = append(c.res.Bindings, model.Binding{Param: values.ParamKey(sc.fn, i), Values: vs, Pos: sc.call.Pos(), Method: sc.fn, Index: i})
		}
	}
}

// leadingParam returns the parameter part that says where value v goes:
// its first part, or the first after a literal scheme ("http://") or a
// lone colon (":" + port).
func leadingParam(v model.Value) (model.Part, bool) {
	lead := ""
	for _, p := range v.Parts {
		if p.Param != "" {
			// ":" + port: a listening address's port.
			return p, lead == "" || lead == ":" || strings.HasSuffix(lead, "://") && !strings.Contains(strings.TrimSuffix(lead, "://"), "/")
		}
		if p.Known() && p.Lit == "" {
			continue
		}
		if p.Lit == "" {
			return model.Part{}, false
		}
		lead += p.Lit
	}
	return model.Part{}, false
}

// fieldStore records what the package stores in exported string fields
// of other packages' structs (main filling a service's Config), as
// bindings the whole program applies to the values built from them.
func (c *collector) fieldStore(n ast.Node) {
	record := func(obj types.Object, rhs ast.Expr) {
		v, ok := obj.(*types.Var)
		if !ok || !v.IsField() || !v.Exported() {
			return
		}
		handle := isHandle(v.Type()) // a broker handle a service's struct holds (handles.go)
		if !isString(v.Type()) && !handle {
			return
		}
		if v.Pkg() == c.pass.Pkg && !handle {
			return // the package's own code reads its own stores
		}
		// A handle the package stores in its own exported field (go-zero's
		// ServiceContext{Pusher: kq.NewPusher(...)}) is read by others
		// too: a binding for them.
		if outside(v.Pkg().Path()) {
			return // http.Server{Addr: ...}: not a config a service reads a URL from
		}
		vs := c.vals.Strings(rhs)
		if handle {
			vs = c.handleValues(rhs)
		}
		c.res.Bindings = append(c.res.Bindings, model.Binding{Param: values.FieldKey(v), Values: vs, Pos: rhs.Pos()})
	}
	switch n := n.(type) {
	case *ast.KeyValueExpr:
		if id, ok := n.Key.(*ast.Ident); ok {
			record(c.pass.TypesInfo.Uses[id], n.Value)
		}
	case *ast.AssignStmt:
		if len(n.Lhs) != len(n.Rhs) {
			return
		}
		for i, lhs := range n.Lhs {
			if sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr); ok {
				if s, ok := c.pass.TypesInfo.Selections[sel]; ok && s.Kind() == types.FieldVal {
					record(s.Obj(), n.Rhs[i])
				}
			}
		}
	}
}

// outside reports whether path is a package of the standard library or of
// a catalogued library: not the program's own code.
func outside(path string) bool { return isStd(path) || catalog.IsLibrary(path) }

// isStd reports whether path is a standard library package's, by its
// first element (a module path without a dot, "myapp/config", is not).
func isStd(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return stdRoots[first]
}

var stdRoots = map[string]bool{
	"archive": true, "bufio": true, "bytes": true, "cmp": true, "compress": true, "container": true,
	"context": true, "crypto": true, "database": true, "debug": true, "embed": true, "encoding": true,
	"errors": true, "expvar": true, "flag": true, "fmt": true, "go": true, "hash": true, "html": true,
	"image": true, "index": true, "io": true, "iter": true, "log": true, "maps": true, "math": true,
	"mime": true, "net": true, "os": true, "path": true, "plugin": true, "reflect": true, "regexp": true,
	"runtime": true, "slices": true, "sort": true, "strconv": true, "strings": true, "structs": true,
	"sync": true, "syscall": true, "testing": true, "text": true, "time": true, "unicode": true,
	"unique": true, "unsafe": true, "weak": true,
}

type paramRef struct {
	fn *types.Func
	i  int
}

// wanted returns the parameters of fn that a value depends on: by the fact
// of another package's function, by want for this package's.
func (c *collector) wanted(fn *types.Func, want map[*types.Func]map[int]bool) []int {
	if fn.Pkg() == c.pass.Pkg {
		var out []int
		for i := range want[fn] {
			out = append(out, i)
		}
		slices.Sort(out)
		return out
	}
	var f ParamFact
	if c.pass.ImportObjectFact(fn, &f) {
		return f.Params
	}
	return nil
}
