package notimeout

import (
	"go/ast"
	"go/token"
	"go/types"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/boundcheck/boundcheck/rules/catalog"
)

// flow answers where a value may come from, inside one package: through
// copies, phis, local variables, struct fields and globals (by the stores the
// package makes to them), closures' captured variables, and the returns of
// the package's own functions.
type flow struct {
	pkg     *ssa.Package
	fields  map[*types.Var][]store
	globals map[*ssa.Global][]store
	// globalStores are the same stores as instructions (storedHere).
	globalStores map[*ssa.Global][]*ssa.Store
	closures     map[*ssa.Function][]*ssa.MakeClosure
	memo         map[ssa.Value][]origin
	// tuned are the fields whose value gets a timeout after it is stored:
	// c.rc.SetTimeout(d), c.http.HTTPClient.Timeout = d, c.hc.Timeout = d.
	tuned map[*types.Var]bool
	// globalWritten are the package's globals it stores to, whole or
	// through a field.
	globalWritten map[*ssa.Global]bool
	// executes are the package's calls that run a cobra command tree,
	// whose context its commands' Context returns.
	executes []*ssa.CallCommon
}

// A store is one value written to a field or global.
type store struct {
	val ssa.Value
	pos token.Pos
}

// An origin is a value that flow cannot see through: a call to another
// package, a parameter, a constant, an allocation, a load of a field nobody
// in the package writes. at is the position of the store that carried it,
// when it came through one.
type origin struct {
	v  ssa.Value
	at token.Pos
}

const maxDepth = 24

func newFlow(pkg *ssa.Package, funcs []*ssa.Function) *flow {
	f := &flow{
		pkg:          pkg,
		fields:       make(map[*types.Var][]store),
		globals:      make(map[*ssa.Global][]store),
		globalStores: make(map[*ssa.Global][]*ssa.Store),
		closures:     make(map[*ssa.Function][]*ssa.MakeClosure),
		memo:         make(map[ssa.Value][]origin),
		tuned:        make(map[*types.Var]bool),

		globalWritten: make(map[*ssa.Global]bool),
	}
	for _, fn := range funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				switch instr := instr.(type) {
				case *ssa.Store:
					switch addr := instr.Addr.(type) {
					case *ssa.FieldAddr:
						if v := fieldVar(addr.X.Type(), addr.Field); v != nil {
							f.fields[v] = append(f.fields[v], store{instr.Val, instr.Pos()})
						}
						if g, ok := addr.X.(*ssa.Global); ok {
							f.globalWritten[g] = true
						}
					case *ssa.Global:
						f.globals[addr] = append(f.globals[addr], store{instr.Val, instr.Pos()})
						f.globalStores[addr] = append(f.globalStores[addr], instr)
						f.globalWritten[addr] = true
					}
				case *ssa.MakeClosure:
					fn := instr.Fn.(*ssa.Function)
					f.closures[fn] = append(f.closures[fn], instr)
				case ssa.CallInstruction:
					if _, ok := catalog.CommandExecute(callee(instr.Common())); ok {
						f.executes = append(f.executes, instr.Common())
					}
				}
				f.tune(instr)
			}
		}
	}
	return f
}

// tune records the fields a timeout is set through: a timeout setter
// called on a field's value, or a non-zero store to an *http.Client's
// Timeout reached through fields. Every field of this package on the path
// counts.
func (f *flow) tune(instr ssa.Instruction) {
	var x ssa.Value
	switch instr := instr.(type) {
	case ssa.CallInstruction:
		if catalog.IsTimeoutSetter(callee(instr.Common())) {
			x = receiver(instr.Common())
		}
	case *ssa.Store:
		fa, ok := instr.Addr.(*ssa.FieldAddr)
		if !ok || isZero(instr.Val) || !catalog.IsNamed(fa.X.Type(), catalog.NetHTTPPath, "Client") {
			return
		}
		if fv := fieldVar(fa.X.Type(), fa.Field); fv != nil && contains(catalog.TimeoutFields["net/http.Client"], fv.Name()) {
			x = fa.X
		}
	}
	for x != nil {
		fv, base := loadedField(x)
		if fv == nil {
			return
		}
		if fv.Pkg() == f.pkg.Pkg {
			f.tuned[fv] = true // not a library's field, which all its values share
		}
		x = base
	}
}

// loadedField returns the field that v is loaded from, and the struct it
// belongs to, or nil.
func loadedField(v ssa.Value) (*types.Var, ssa.Value) {
	switch v := v.(type) {
	case *ssa.UnOp:
		if fa, ok := v.X.(*ssa.FieldAddr); ok && v.Op == token.MUL {
			return fieldVar(fa.X.Type(), fa.Field), fa.X
		}
	case *ssa.Field:
		return fieldVar(v.X.Type(), v.Field), v.X
	}
	return nil, nil
}

// storedTuned reports whether v is stored into a field that gets a
// timeout later.
func (f *flow) storedTuned(v ssa.Value) bool {
	refs := v.Referrers()
	if refs == nil {
		return false
	}
	for _, r := range *refs {
		if s, ok := r.(*ssa.Store); ok && s.Val == v {
			if fa, ok := s.Addr.(*ssa.FieldAddr); ok && f.tuned[fieldVar(fa.X.Type(), fa.Field)] {
				return true
			}
		}
	}
	return false
}

// fieldVar returns field i of the struct that t is, or points to.
func fieldVar(t types.Type, i int) *types.Var {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	s, ok := t.Underlying().(*types.Struct)
	if !ok || i >= s.NumFields() {
		return nil
	}
	return s.Field(i)
}

// origins returns the values v may come from.
func (f *flow) origins(v ssa.Value) []origin {
	if o, ok := f.memo[v]; ok {
		return o
	}
	var out []origin
	seen := make(map[ssa.Value]bool)
	f.walk(v, token.NoPos, 0, seen, &out)
	f.memo[v] = out
	return out
}

func (f *flow) walk(v ssa.Value, at token.Pos, depth int, seen map[ssa.Value]bool, out *[]origin) {
	if v == nil || seen[v] {
		return
	}
	if depth > maxDepth {
		*out = append(*out, origin{v, at})
		return
	}
	seen[v] = true
	next := func(w ssa.Value, pos token.Pos) {
		if !pos.IsValid() {
			pos = at
		}
		f.walk(w, pos, depth+1, seen, out)
	}
	switch v := v.(type) {
	case *ssa.Phi:
		skip := nilDefault(v)
		for _, e := range v.Edges {
			if e != skip {
				next(e, token.NoPos)
			}
		}
		return
	case *ssa.MakeInterface:
		next(v.X, token.NoPos)
		return
	case *ssa.ChangeType:
		next(v.X, token.NoPos)
		return
	case *ssa.ChangeInterface:
		next(v.X, token.NoPos)
		return
	case *ssa.TypeAssert:
		if !v.CommaOk {
			next(v.X, token.NoPos)
			return
		}
	case *ssa.Extract:
		switch t := v.Tuple.(type) {
		case *ssa.TypeAssert:
			if v.Index == 0 {
				next(t.X, token.NoPos)
				return
			}
		case *ssa.Call:
			if fn := f.local(t.Common()); fn != nil {
				for _, r := range returns(fn, v.Index) {
					next(r, token.NoPos)
				}
				return
			}
		}
	case *ssa.Call:
		if fn := f.local(v.Common()); fn != nil {
			if _, tuple := v.Type().(*types.Tuple); !tuple {
				for _, r := range returns(fn, 0) {
					next(r, token.NoPos)
				}
				return
			}
		}
	case *ssa.UnOp:
		if v.Op == token.MUL {
			if stores := f.storedHere(v); len(stores) > 0 {
				// The function stores the global before it reads it
				// (DB = DB.WithContext(ctx); DB.Find(...)): its own
				// stores, not the package's others.
				for _, st := range stores {
					next(st.Val, st.Pos())
				}
				return
			}
			if stores, ok := f.loadStores(v.X); ok {
				for _, s := range stores {
					next(s.val, s.pos)
				}
				if !f.foreignField(v.X) {
					return
				}
				// Another package writes the field too (gin sets the
				// *gin.Context's Request it serves): the load itself is an
				// origin besides this package's stores (a middleware's
				// c.Request = c.Request.WithContext(ctx)).
			}
		}
	case *ssa.Field:
		if fv := fieldVar(v.X.Type(), v.Field); fv != nil {
			if stores := f.fields[fv]; len(stores) > 0 {
				for _, s := range stores {
					next(s.val, s.pos)
				}
				return
			}
		}
	case *ssa.FreeVar:
		if bound := f.bindings(v); len(bound) > 0 {
			for _, b := range bound {
				next(b, token.NoPos)
			}
			return
		}
	}
	*out = append(*out, origin{v, at})
}

// nilDefault recognises `if ctx == nil { ctx = context.Background() }`: a
// phi of a parameter and a root context, in a function that compares the
// parameter with nil. The default applies only when a caller passes nil,
// so it returns the root context's edge to be skipped, or nil.
func nilDefault(phi *ssa.Phi) ssa.Value {
	if len(phi.Edges) != 2 {
		return nil
	}
	for i, e := range phi.Edges {
		p, ok := phi.Edges[1-i].(*ssa.Parameter)
		call, isCall := e.(*ssa.Call)
		if !ok || !isCall || !catalog.IsRootContext(callee(call.Common())) {
			continue
		}
		for _, r := range *p.Referrers() {
			if b, ok := r.(*ssa.BinOp); ok && (b.Op == token.EQL || b.Op == token.NEQ) {
				if k, ok := b.Y.(*ssa.Const); ok && k.IsNil() {
					return e
				}
				if k, ok := b.X.(*ssa.Const); ok && k.IsNil() {
					return e
				}
			}
		}
	}
	return nil
}

// foreignField reports whether addr is the address of a field of a struct
// that another package declares.
func (f *flow) foreignField(addr ssa.Value) bool {
	fa, ok := addr.(*ssa.FieldAddr)
	if !ok {
		return false
	}
	fv := fieldVar(fa.X.Type(), fa.Field)
	return fv != nil && fv.Pkg() != nil && fv.Pkg() != f.pkg.Pkg
}

// loadStores returns what was stored at addr when the package writes it:
// a field, a global of this package, a local variable whose address is
// taken, or a captured variable.
func (f *flow) loadStores(addr ssa.Value) ([]store, bool) {
	switch a := addr.(type) {
	case *ssa.FieldAddr:
		if fv := fieldVar(a.X.Type(), a.Field); fv != nil {
			s := f.fields[fv]
			return s, len(s) > 0
		}
	case *ssa.Global:
		if a.Pkg == f.pkg {
			s := f.globals[a]
			return s, len(s) > 0
		}
	case *ssa.Alloc:
		s := allocStores(a)
		return s, len(s) > 0
	case *ssa.FreeVar:
		var out []store
		for _, b := range f.bindings(a) {
			if alloc, ok := b.(*ssa.Alloc); ok {
				out = append(out, allocStores(alloc)...)
			}
		}
		return out, len(out) > 0
	}
	return nil, false
}

// storedHere returns the stores to the package-level variable that load
// reads made in load's function, when one of them comes first on every
// path to it (earlier in its block, or in a block that dominates it):
// what the function put there, and not what other functions did. A call
// in between that stores it again is not seen.
func (f *flow) storedHere(load *ssa.UnOp) []*ssa.Store {
	g, ok := load.X.(*ssa.Global)
	if !ok || load.Block() == nil {
		return nil
	}
	var stores []*ssa.Store
	first := false
	for _, st := range f.globalStores[g] {
		if st.Parent() != load.Parent() {
			continue
		}
		stores = append(stores, st)
		switch b := st.Block(); {
		case b == load.Block():
			first = first || before(st, load)
		case b.Dominates(load.Block()):
			first = true
		}
	}
	if !first {
		return nil
	}
	return stores
}

// before reports whether x comes before y in their block.
func before(x, y ssa.Instruction) bool {
	for _, in := range x.Block().Instrs {
		switch in {
		case x:
			return true
		case y:
			return false
		}
	}
	return false
}

// allocStores returns the values stored whole into a local variable.
func allocStores(a *ssa.Alloc) []store {
	var out []store
	for _, r := range *a.Referrers() {
		if s, ok := r.(*ssa.Store); ok && s.Addr == a {
			out = append(out, store{s.Val, s.Pos()})
		}
	}
	return out
}

// bindings returns the values a closure's free variable is bound to where
// the closure is made.
func (f *flow) bindings(fv *ssa.FreeVar) []ssa.Value {
	fn := fv.Parent()
	i := -1
	for j, x := range fn.FreeVars {
		if x == fv {
			i = j
		}
	}
	var out []ssa.Value
	for _, mc := range f.closures[fn] {
		if i >= 0 && i < len(mc.Bindings) {
			out = append(out, mc.Bindings[i])
		}
	}
	return out
}

// local returns the function of this package that call calls statically,
// with a body to look into, or nil.
func (f *flow) local(call *ssa.CallCommon) *ssa.Function {
	fn := staticCallee(call)
	if fn == nil || fn.Pkg != f.pkg || len(fn.Blocks) == 0 {
		return nil
	}
	return fn
}

// returns returns the values fn returns at result index i.
func returns(fn *ssa.Function, i int) []ssa.Value {
	var out []ssa.Value
	for _, b := range fn.Blocks {
		if r, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && i < len(r.Results) {
			out = append(out, r.Results[i])
		}
	}
	return out
}

// callee returns the function or method a call names: the static callee's
// object, or the interface method of a dynamic call.
func callee(call *ssa.CallCommon) *types.Func {
	if call.IsInvoke() {
		return call.Method.Origin()
	}
	switch v := call.Value.(type) {
	case *ssa.Function:
		if o := v.Origin(); o != nil {
			v = o // an instance of a generic function: its declaration
		}
		if obj, ok := v.Object().(*types.Func); ok {
			return obj.Origin()
		}
	case *ssa.MakeClosure:
		if fn, ok := v.Fn.(*ssa.Function); ok {
			if obj, ok := fn.Object().(*types.Func); ok {
				return obj.Origin()
			}
		}
	}
	return nil
}

// staticCallee returns the function a call calls statically: for an
// instance of a generic function, the generic function, whose body the
// package holds.
func staticCallee(call *ssa.CallCommon) *ssa.Function {
	fn := call.StaticCallee()
	if fn != nil && fn.Origin() != nil {
		return fn.Origin()
	}
	return fn
}

// args returns a call's arguments in the order of the callee's signature
// parameters, without the receiver.
func args(call *ssa.CallCommon) []ssa.Value {
	if call.IsInvoke() {
		return call.Args
	}
	if fn, ok := call.Value.(*ssa.Function); ok && fn.Signature.Recv() != nil {
		return call.Args[1:]
	}
	return call.Args
}

// receiver returns a method call's receiver, or nil.
func receiver(call *ssa.CallCommon) ssa.Value {
	if call.IsInvoke() {
		return call.Value
	}
	if fn, ok := call.Value.(*ssa.Function); ok && fn.Signature.Recv() != nil && len(call.Args) > 0 {
		return call.Args[0]
	}
	return nil
}

// variadic returns the values passed in a variadic slice argument built at
// the call site (f(a, b, c)), or nil when the slice came from elsewhere.
func variadic(v ssa.Value) []ssa.Value {
	return variadicSeen(v, make(map[ssa.Value]bool))
}

// variadicSeen also follows a slice of options built up in the function:
// the phis of a local variable and the builtin append
// (opts = append(opts, grpc.WithBlock())).
func variadicSeen(v ssa.Value, seen map[ssa.Value]bool) []ssa.Value {
	if v == nil || seen[v] {
		return nil
	}
	seen[v] = true
	var out []ssa.Value
	switch x := v.(type) {
	case *ssa.Phi:
		for _, e := range x.Edges {
			out = append(out, variadicSeen(e, seen)...)
		}
		return out
	case *ssa.Call:
		if b, ok := x.Call.Value.(*ssa.Builtin); ok && b.Name() == "append" {
			for _, a := range x.Call.Args {
				out = append(out, variadicSeen(a, seen)...)
			}
		}
		return out
	}
	sl, ok := v.(*ssa.Slice)
	if !ok {
		return nil
	}
	alloc, ok := sl.X.(*ssa.Alloc)
	if !ok {
		return nil
	}
	for _, r := range *alloc.Referrers() {
		ia, ok := r.(*ssa.IndexAddr)
		if !ok {
			continue
		}
		for _, rr := range *ia.Referrers() {
			if s, ok := rr.(*ssa.Store); ok && s.Addr == ia {
				out = append(out, s.Val)
			}
		}
	}
	return out
}

// sigIndex returns the index of p among its function's signature
// parameters, or -1 for a receiver.
func sigIndex(p *ssa.Parameter) int {
	fn := p.Parent()
	for i, q := range fn.Params {
		if q == p {
			if fn.Signature.Recv() != nil {
				return i - 1
			}
			return i
		}
	}
	return -1
}

// within reports whether fn is outer or a closure nested in it.
func within(fn, outer *ssa.Function) bool {
	for ; fn != nil; fn = fn.Parent() {
		if fn == outer {
			return true
		}
	}
	return false
}

// programs shares one SSA program among the packages of a run (one
// token.FileSet), so that each imported package is created once rather
// than once per importer: creating them was most of the analyzer's cost on
// a large program. It lives as long as the analyzer value.
type programs struct {
	mu    sync.RWMutex // Lock to create packages, RLock to build them
	progs map[*token.FileSet]*ssa.Program
}

func newPrograms() *programs {
	return &programs{progs: make(map[*token.FileSet]*ssa.Program)}
}

// build builds the SSA form of the package under analysis and returns its
// source functions, closures included, and the package initializer.
func (ps *programs) build(pass *analysis.Pass) (*ssa.Package, []*ssa.Function) {
	ps.mu.Lock()
	prog := ps.progs[pass.Fset]
	if prog == nil || prog.ImportedPackage(pass.Pkg.Path()) != nil {
		// A package seen before as an import (which a run in dependency
		// order does not do) gets a program of its own.
		prog = ssa.NewProgram(pass.Fset, 0)
		if ps.progs[pass.Fset] == nil {
			ps.progs[pass.Fset] = prog
		}
	}
	for _, p := range pass.Pkg.Imports() {
		if prog.Package(p) == nil {
			prog.CreatePackage(p, nil, nil, true)
		}
	}
	pkg := prog.CreatePackage(pass.Pkg, pass.Files, pass.TypesInfo, false)
	ps.mu.Unlock()

	ps.mu.RLock()
	defer ps.mu.RUnlock()
	pkg.Build()
	var funcs []*ssa.Function
	var add func(fn *ssa.Function)
	add = func(fn *ssa.Function) {
		funcs = append(funcs, fn)
		for _, anon := range fn.AnonFuncs {
			add(anon)
		}
	}
	for _, file := range pass.Files {
		for _, decl := range file.Decls {
			if d, ok := decl.(*ast.FuncDecl); ok {
				if obj, ok := pass.TypesInfo.Defs[d.Name].(*types.Func); ok {
					if fn := prog.FuncValue(obj); fn != nil {
						add(fn)
					}
				}
			}
		}
	}
	if init := pkg.Func("init"); init != nil {
		add(init)
	}
	return pkg, funcs
}
