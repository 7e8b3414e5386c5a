// Package values resolves the strings a package builds (URLs, dial targets,
// topic names) by constant propagation over its syntax: constants,
// concatenation, fmt.Sprintf, the url, path, net and strings helpers, local
// and package variables and struct fields (through every assignment the
// package makes to them), range variables over literal lists, the package's own functions (with their
// parameters bound to the call's arguments), and the environment variables,
// flags and config-struct tags the values are read from.
//
// A value the package cannot see (a parameter nobody binds, a call to
// another package) stays in the result as a named unknown, so a caller can
// still say what it is built from.
package values

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// A Part is one piece of a Value.
type Part struct {
	Lit   string // known text, when none of the others is set
	Env   string // the value of this environment variable
	Flag  string // the value of this command-line flag
	Field string // a config field or key nobody in the package sets: "Config.PaymentsURL", "viper:payments.url"
	// Key is the path a config file gives Field's value under, as
	// dot-separated keys ("broker.subject.create_order"): the viper key
	// read, or the field and the struct fields it is reached through,
	// each by its json, yaml, mapstructure or koanf tag, else its name.
	// The first keys may be no config file's (s.Config.Broker...): the
	// whole program matches it on the service's config files.
	Key string
	// Param is a parameter of an exported function of the package
	// ("(*example.com/x.Client).Do#1", see ParamKey), bound by callers in
	// other packages.
	Param string
	// EnvOf, like Env, is an environment variable's value, whose name is
	// parameter EnvOf (a ParamKey): getenv(key, def) helpers.
	EnvOf string
	// KeyOf, like Key, is a config value, whose key is parameter KeyOf
	// (a ParamKey): a GetString(key) helper over viper.
	KeyOf string
	// Default is the value Env, Flag or Field takes when unset, if the
	// code says (flag defaults, `default:"..."` tags).
	Default    string
	HasDefault bool
	Unknown    string // what the value is when nothing else is known ("call to strconv.Itoa"); "?" when nothing is
	// Replace are the replacements the code makes in the value this part
	// stands for once it is known (strings.ReplaceAll(addr, "<NAMESPACE>",
	// ns) on an environment variable's value), in order, written as
	// Replacements reads them (a string keeps Part comparable).
	Replace string
}

// Replacements returns the replacements of p.Replace.
func (p Part) Replacements() []Replacement {
	var out []Replacement
	for s := p.Replace; s != ""; {
		old, err := strconv.QuotedPrefix(s)
		if err != nil {
			return out
		}
		s = s[len(old):]
		r := Replacement{Unknown: true}
		r.Old, _ = strconv.Unquote(old)
		if strings.HasPrefix(s, "?") {
			s = s[1:]
		} else if n, err := strconv.QuotedPrefix(s); err == nil {
			s = s[len(n):]
			r.New, _ = strconv.Unquote(n)
			r.Unknown = false
		} else {
			return out
		}
		out = append(out, r)
	}
	return out
}

// withReplacement returns p with r added to its replacements.
func (p Part) withReplacement(r Replacement) Part {
	p.Replace += strconv.Quote(r.Old)
	if r.Unknown {
		p.Replace += "?"
	} else {
		p.Replace += strconv.Quote(r.New)
	}
	return p
}

// A Replacement is strings.ReplaceAll(value, Old, New); New is unknown
// (UnknownText where the value is rendered) when Unknown is set.
type Replacement struct {
	Old, New string
	Unknown  bool
}

// Apply makes the replacements rs in s, writing UnknownText for what is
// not known.
func Apply(rs []Replacement, s string) string {
	for _, r := range rs {
		by := r.New
		if r.Unknown {
			by = UnknownText
		}
		s = strings.ReplaceAll(s, r.Old, by)
	}
	return s
}

func (p Part) known() bool {
	return p.Env == "" && p.Flag == "" && p.Field == "" && p.Param == "" && p.EnvOf == "" && p.KeyOf == "" && p.Unknown == ""
}

// Known reports whether p is known text (Lit, possibly empty), nothing it
// is read from: the one test of every kind of part, so that a new kind is
// added in one place.
func (p Part) Known() bool { return p.known() }

// A Value is a string as a sequence of parts.
type Value struct {
	Parts []Part
}

// Lit returns a Value of known text.
func Lit(s string) Value { return Value{Parts: []Part{{Lit: s}}} }

// Unknown returns a Value nothing is known of, described by why.
func Unknown(why string) Value { return Value{Parts: []Part{{Unknown: why}}} }

// Known reports whether v is all known text.
func (v Value) Known() bool {
	for _, p := range v.Parts {
		if !p.known() {
			return false
		}
	}
	return true
}

// UnknownText is how a rendering writes a part it does not name.
const UnknownText = "{?}"

// A Style says how Value.Render writes the parts of a value that are not
// known text. The zero Style writes each of them as UnknownText.
type Style struct {
	// Part, when set, is asked first about each part that is not known
	// text, and writes it when it returns true (an environment variable's
	// value from a deployment file).
	Part func(p Part) (string, bool)
	// Defaults writes a part that has a default as its default.
	Defaults bool
	// Names writes an unknown part by its name, as String does:
	// "${NAME}", "{flag NAME}", "{FIELD}", "{param P}", "${env named by P}".
	Names bool
	// Unknown, when set, is told each part written as UnknownText.
	Unknown func(p Part)
}

// Render writes v in style st: known text as is; each other part as
// st.Part says, else by its default (st.Defaults), else by its name
// (st.Names), else as UnknownText.
func (v Value) Render(st Style) string {
	var b strings.Builder
	for _, p := range v.Parts {
		if p.known() {
			b.WriteString(p.Lit)
			continue
		}
		if st.Part != nil {
			if s, ok := st.Part(p); ok {
				b.WriteString(s)
				continue
			}
		}
		if st.Defaults && p.HasDefault {
			b.WriteString(p.Default)
			continue
		}
		if st.Names {
			if s := p.name(); s != "" {
				b.WriteString(s)
				continue
			}
		}
		b.WriteString(UnknownText)
		if st.Unknown != nil {
			st.Unknown(p)
		}
	}
	return b.String()
}

// name writes an unknown part by what it is read from, "" when nothing.
func (p Part) name() string {
	switch {
	case p.Env != "":
		return "${" + p.Env + "}"
	case p.Flag != "":
		return "{flag " + p.Flag + "}"
	case p.Field != "": // also an exported field other packages may bind (Param set)
		return "{" + p.Field + "}"
	case p.Param != "":
		return "{param " + p.Param + "}"
	case p.EnvOf != "":
		return "${env named by " + p.EnvOf + "}"
	case p.KeyOf != "":
		return "{config key named by " + p.KeyOf + "}"
	}
	return ""
}

// String renders v: known text as is, "${NAME}" for an environment
// variable, "{flag NAME}", "{FIELD}", "{param P}", "{?}" for the rest.
func (v Value) String() string { return v.Render(Style{Names: true}) }

// Prefix returns the known text before the first unknown part, and whether
// the whole value is known. Defaults are not used.
func (v Value) Prefix() (string, bool) {
	var b strings.Builder
	for _, p := range v.Parts {
		if !p.known() {
			return b.String(), false
		}
		b.WriteString(p.Lit)
	}
	return b.String(), true
}

// WithDefaults returns v with every part that has a default replaced by it.
func (v Value) WithDefaults() Value {
	out := Value{Parts: make([]Part, 0, len(v.Parts))}
	for _, p := range v.Parts {
		if p.HasDefault {
			p = Part{Lit: p.Default}
		}
		out = out.add(p)
	}
	return out
}

// Env returns the environment variables v is read from, in order.
func (v Value) Env() []string {
	var out []string
	for _, p := range v.Parts {
		if p.Env != "" && !slices.Contains(out, p.Env) {
			out = append(out, p.Env)
		}
	}
	return out
}

// Substitute returns v with each Param part replaced by bind's candidates
// (the cross product, at most max values). A Param bind does not know stays.
func (v Value) Substitute(bind func(param string) []Value, limit int) []Value {
	out := []Value{{}}
	for _, p := range v.Parts {
		var alts []Value
		switch {
		case p.Param != "":
			alts = bind(p.Param)
		case p.EnvOf != "":
			for _, name := range bind(p.EnvOf) {
				if s, known := name.Prefix(); known {
					alts = append(alts, Value{Parts: []Part{{Env: s}}})
				}
			}
		case p.KeyOf != "":
			for _, name := range bind(p.KeyOf) {
				if s, known := name.Prefix(); known {
					alts = append(alts, Value{Parts: []Part{{Field: "viper:" + s, Key: s}}})
				}
			}
		}
		if len(alts) == 0 {
			alts = []Value{{Parts: []Part{p}}}
		} else if p.Replace != "" {
			rs := p.Replacements()
			for i, a := range alts {
				alts[i] = a.replaced(rs)
			}
		}
		out = concat(out, alts, limit)
	}
	return out
}

// add appends p, merging adjacent text.
func (v Value) add(p Part) Value {
	if p.known() && p.Lit == "" {
		return v
	}
	parts := slices.Clip(v.Parts)
	if n := len(parts); n > 0 && p.known() && parts[n-1].known() {
		parts = append(parts[:n-1:n-1], Part{Lit: parts[n-1].Lit + p.Lit})
		return Value{Parts: parts}
	}
	return Value{Parts: append(parts, p)}
}

func (v Value) cat(w Value) Value {
	for _, p := range w.Parts {
		v = v.add(p)
	}
	return v
}

func (v Value) key() string {
	var b strings.Builder
	for _, p := range v.Parts {
		b.WriteString(strconv.Quote(p.Lit) + "|" + p.Env + "|" + p.Flag + "|" + p.Field + "|" + p.Key + "|" + p.Param + "|" + p.EnvOf + "|" + p.KeyOf + "|" + p.Unknown + "|" + p.Default + ";")
		if p.Replace != "" {
			b.WriteString(p.Replace + ";")
		}
	}
	return b.String()
}

// concat returns the cross product of as and bs, joined, or one unknown
// when it would hold more than limit values.
func concat(as, bs []Value, limit int) []Value {
	if len(as)*len(bs) > limit {
		return []Value{Unknown("too many values")}
	}
	out := make([]Value, 0, len(as)*len(bs))
	for _, a := range as {
		for _, b := range bs {
			out = append(out, a.cat(b))
		}
	}
	return dedupe(out)
}

func dedupe(vs []Value) []Value {
	seen := make(map[string]bool, len(vs))
	out := vs[:0]
	for _, v := range vs {
		k := v.key()
		if !seen[k] {
			seen[k] = true
			out = append(out, v)
		}
	}
	return out
}

// ParamKey names parameter i (receiver excluded, from 0) of fn, the way
// Param parts and callers' bindings spell it.
func ParamKey(fn *types.Func, i int) string {
	return fn.FullName() + "#" + strconv.Itoa(i)
}

const (
	maxValues = 16
	maxDepth  = 16
)

// A source is one thing assigned to a variable or field: an expression,
// or result idx of a call that returns several.
type source struct {
	e   ast.Expr
	idx int // -1 for a single-valued expression
	// env, when set, binds the parameters of the function the store is
	// written in: a store through a pointer parameter (*target = v) made
	// for one call.
	env *scope
	// flag, when set, is a flag that writes the variable (flag.StringVar).
	flag *Part
	// rangeOf, when set, is what a range statement ranges over, whose
	// elements (keys, when key is set) the variable takes (ranges.go).
	rangeOf ast.Expr
	key     bool
}

// bind returns a scope that binds sig's parameters to call's arguments
// (none when call is nil; the variadic one is left unbound).
func bind(sig *types.Signature, call *ast.CallExpr, outer *scope) *scope {
	inner := &scope{params: make(map[*types.Var]ast.Expr), outer: outer}
	for i := 0; call != nil && i < sig.Params().Len() && i < len(call.Args); i++ {
		if sig.Variadic() && i == sig.Params().Len()-1 {
			break
		}
		inner.params[sig.Params().At(i)] = call.Args[i]
	}
	return inner
}

// scope returns the parameter bindings a source is evaluated with.
func (s source) scope(env *scope) *scope {
	if s.env != nil {
		return s.env
	}
	return env
}

// A scope binds the parameters of a function being evaluated for a call
// to the call's arguments.
type scope struct {
	params map[*types.Var]ast.Expr
	outer  *scope
}

// A Resolver resolves string expressions of one package.
type Resolver struct {
	info    *types.Info
	files   []*ast.File
	pkg     *types.Package
	indexed bool
	assigns map[types.Object][]source
	funcs   map[*types.Func]*ast.FuncDecl
	calls   map[*types.Func][]*ast.CallExpr // static calls of the package's functions
	params  map[*types.Var]*types.Func      // a declared function's parameter → the function
	// visiting breaks cycles: a variable assigned from itself, recursion.
	visiting map[any]bool
	// Returns, when set, gives what another package's function returns,
	// with its parameters as Param parts (from a fact).
	Returns func(*types.Func) ([]Value, bool)
	// Vars, when set, gives the values of another package's package-level
	// variable (from a fact): var Topic = topicFromEnv().
	Vars func(*types.Var) ([]Value, bool)
	// VarFields, when set, gives what a string field holds in the struct
	// literal that is the only value of another package's package-level
	// variable (from a fact): var OrdersStream = StreamConfig{Name: "orders"}.
	VarFields func(v *types.Var, field string) ([]Value, bool)
	// open, while OpenAt runs, collects where origins stop at a value
	// other packages give.
	open *[]string
}

// New returns a resolver for the package with the given syntax and types.
func New(pkg *types.Package, info *types.Info, files []*ast.File) *Resolver {
	return &Resolver{pkg: pkg, info: info, files: files, visiting: make(map[any]bool)}
}

func (r *Resolver) index() {
	if r.indexed {
		return
	}
	r.indexed = true
	r.assigns = make(map[types.Object][]source)
	r.funcs = make(map[*types.Func]*ast.FuncDecl)
	r.calls = make(map[*types.Func][]*ast.CallExpr)
	r.params = make(map[*types.Var]*types.Func)
	defer r.pointerStores()
	for _, f := range r.files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncDecl:
				if fn, ok := r.info.Defs[n.Name].(*types.Func); ok && n.Body != nil {
					r.funcs[fn] = n
					params := fn.Type().(*types.Signature).Params()
					for i := 0; i < params.Len(); i++ {
						r.params[params.At(i)] = fn
					}
				}
			case *ast.AssignStmt:
				if n.Tok != token.ASSIGN && n.Tok != token.DEFINE {
					return true
				}
				r.assign(n.Lhs, n.Rhs)
			case *ast.ValueSpec:
				lhs := make([]ast.Expr, len(n.Names))
				for i, id := range n.Names {
					lhs[i] = id
				}
				r.assign(lhs, n.Values)
			case *ast.CompositeLit:
				r.composite(n)
			case *ast.RangeStmt:
				r.rangeVars(n)
			case *ast.CallExpr:
				r.flagVar(n)
				if fn := typeutil.StaticCallee(r.info, n); fn != nil && fn.Pkg() == r.pkg {
					r.calls[fn.Origin()] = append(r.calls[fn.Origin()], n)
				}
			}
			return true
		})
	}
}

func (r *Resolver) assign(lhs, rhs []ast.Expr) {
	switch {
	case len(lhs) == len(rhs):
		for i := range lhs {
			if obj := r.target(lhs[i]); obj != nil {
				r.assigns[obj] = append(r.assigns[obj], source{e: rhs[i], idx: -1})
			}
		}
	case len(rhs) == 1:
		for i := range lhs {
			if obj := r.target(lhs[i]); obj != nil {
				r.assigns[obj] = append(r.assigns[obj], source{e: rhs[0], idx: i})
			}
		}
	}
}

// target returns the variable or field an assignment's left side writes.
func (r *Resolver) target(e ast.Expr) types.Object {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if e.Name == "_" {
			return nil
		}
		if obj := r.info.Defs[e]; obj != nil {
			return obj
		}
		return r.info.Uses[e]
	case *ast.SelectorExpr:
		if sel, ok := r.info.Selections[e]; ok && sel.Kind() == types.FieldVal {
			return sel.Obj()
		}
		return r.info.Uses[e.Sel] // a package's variable
	}
	return nil
}

// composite records the fields a struct literal sets.
func (r *Resolver) composite(lit *ast.CompositeLit) {
	tv, ok := r.info.Types[lit]
	if !ok {
		return
	}
	st, ok := deref(tv.Type).Underlying().(*types.Struct)
	if !ok {
		return
	}
	for i, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok {
				if obj := r.info.Uses[id]; obj != nil {
					r.assigns[obj] = append(r.assigns[obj], source{e: kv.Value, idx: -1})
				}
			}
			continue
		}
		if i < st.NumFields() {
			r.assigns[st.Field(i)] = append(r.assigns[st.Field(i)], source{e: elt, idx: -1})
		}
	}
}

// flagVar records flag.StringVar(&v, name, default, usage) and its pflag
// and FlagSet forms as an assignment of the flag to v.
func (r *Resolver) flagVar(call *ast.CallExpr) {
	fn, ok := typeutil.Callee(r.info, call).(*types.Func)
	if !ok || fn.Pkg() == nil || !isFlagPkg(fn.Pkg().Path()) {
		return
	}
	name := fn.Name()
	if name != "StringVar" && name != "StringVarP" {
		return
	}
	defArg := 2
	if name == "StringVarP" {
		defArg = 3
	}
	if len(call.Args) <= defArg {
		return
	}
	u, ok := ast.Unparen(call.Args[0]).(*ast.UnaryExpr)
	if !ok || u.Op != token.AND {
		return
	}
	obj := r.target(u.X)
	if obj == nil {
		return
	}
	p := r.flagPart(call.Args[1], call.Args[defArg])
	r.assigns[obj] = append(r.assigns[obj], source{flag: &p})
}

func (r *Resolver) flagPart(nameArg, defArg ast.Expr) Part {
	p := Part{Flag: "?"}
	if s, ok := r.constString(nameArg); ok {
		p.Flag = s
	}
	if s, ok := r.constString(defArg); ok {
		p.Default, p.HasDefault = s, true
	}
	return p
}

func isFlagPkg(path string) bool {
	return path == "flag" || path == "github.com/spf13/pflag"
}

func (r *Resolver) constString(e ast.Expr) (string, bool) {
	tv, ok := r.info.Types[e]
	if !ok || tv.Value == nil {
		return "", false
	}
	switch tv.Value.Kind() {
	case constant.String:
		return constant.StringVal(tv.Value), true
	case constant.Int, constant.Float, constant.Bool:
		return tv.Value.ExactString(), true
	}
	return "", false
}

// pointerStores records, for each call f(&x) of the package's own
// function whose body writes *p = v through that parameter, the store of
// v to x, with f's parameters bound to the call's arguments:
// mustMapEnv(&svc.cartAddr, "CART_SERVICE_ADDR").
func (r *Resolver) pointerStores() {
	fns := make([]*types.Func, 0, len(r.calls))
	for fn := range r.calls {
		fns = append(fns, fn)
	}
	// The same order on every run: the stores become the variables'
	// sources, whose order is the values' order.
	slices.SortFunc(fns, func(a, b *types.Func) int { return strings.Compare(a.FullName(), b.FullName()) })
	for _, fn := range fns {
		calls := r.calls[fn]
		decl := r.funcs[fn]
		if decl == nil {
			continue
		}
		sig := fn.Type().(*types.Signature)
		writes := make(map[*types.Var][]source) // pointer parameter → what the body stores through it
		ast.Inspect(decl.Body, func(n ast.Node) bool {
			as, ok := n.(*ast.AssignStmt)
			if !ok || as.Tok != token.ASSIGN {
				return true
			}
			for j, lhs := range as.Lhs {
				star, ok := ast.Unparen(lhs).(*ast.StarExpr)
				if !ok {
					continue
				}
				id, ok := ast.Unparen(star.X).(*ast.Ident)
				if !ok {
					continue
				}
				p, ok := r.info.Uses[id].(*types.Var)
				if !ok {
					continue
				}
				switch {
				case len(as.Lhs) == len(as.Rhs):
					writes[p] = append(writes[p], source{e: as.Rhs[j], idx: -1})
				case len(as.Rhs) == 1:
					writes[p] = append(writes[p], source{e: as.Rhs[0], idx: j})
				}
			}
			return true
		})
		if len(writes) == 0 {
			continue
		}
		for _, call := range calls {
			env := bind(sig, call, nil)
			for i := 0; i < sig.Params().Len() && i < len(call.Args); i++ {
				srcs := writes[sig.Params().At(i)]
				u, ok := ast.Unparen(call.Args[i]).(*ast.UnaryExpr)
				if len(srcs) == 0 || !ok || u.Op != token.AND {
					continue
				}
				obj := r.target(u.X)
				if obj == nil {
					continue
				}
				for _, s := range srcs {
					s.env = env
					r.assigns[obj] = append(r.assigns[obj], s)
				}
			}
		}
	}
}

// Strings returns the values e may have: at most a few, never none.
func (r *Resolver) Strings(e ast.Expr) []Value {
	r.index()
	vs := r.eval(e, nil, 0)
	if len(vs) == 0 {
		return []Value{Unknown("?")}
	}
	return vs
}

func (r *Resolver) eval(e ast.Expr, env *scope, depth int) []Value {
	if depth > maxDepth {
		return []Value{Unknown("too deep")}
	}
	if s, ok := r.constString(e); ok {
		return []Value{Lit(s)}
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.BinaryExpr:
		if e.Op == token.ADD {
			return concat(r.eval(e.X, env, depth+1), r.eval(e.Y, env, depth+1), maxValues)
		}
	case *ast.Ident:
		return r.object(r.info.Uses[e], env, depth)
	case *ast.SelectorExpr:
		if sel, ok := r.info.Selections[e]; ok {
			if sel.Kind() == types.FieldVal {
				if vs, ok := r.varField(e, sel, depth); ok {
					return vs
				}
				return withKey(r.field(sel, env, depth), r.configKey(e))
			}
			return []Value{Unknown("method value")}
		}
		return r.object(r.info.Uses[e.Sel], env, depth)
	case *ast.StarExpr:
		return r.deref(e.X, env, depth)
	case *ast.IndexExpr:
		return r.mapIndex(e, env, depth)
	case *ast.CallExpr:
		return r.call(e, -1, env, depth)
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			return r.eval(e.X, env, depth+1)
		}
	case *ast.CompositeLit:
		return r.urlLiteral(e, env, depth)
	}
	return []Value{Unknown("?")}
}

// object resolves a variable through its parameter binding or the
// assignments the package makes to it.
func (r *Resolver) object(obj types.Object, env *scope, depth int) []Value {
	v, ok := obj.(*types.Var)
	if !ok {
		return []Value{Unknown("?")}
	}
	for s := env; s != nil; s = s.outer {
		if arg, ok := s.params[v]; ok {
			return r.eval(arg, s.outer, depth+1)
		}
	}
	if r.visiting[v] {
		return nil
	}
	srcs := r.assigns[v]
	if len(srcs) == 0 {
		if fn := r.paramOf(v); fn != nil {
			i := paramIndex(fn, v)
			if fn.Exported() {
				return []Value{{Parts: []Part{{Param: ParamKey(fn, i)}}}}
			}
			return r.callers(fn, v, i, depth)
		}
		if r.Vars != nil && v.Pkg() != nil && v.Pkg() != r.pkg {
			if vs, ok := r.Vars(v); ok {
				return vs
			}
		}
		return []Value{Unknown(v.Name())}
	}
	r.visiting[v] = true
	defer delete(r.visiting, v)
	return r.sources(srcs, v.Name(), env, depth)
}

// callers resolves parameter i of an unexported function by the
// arguments its callers in the package pass.
func (r *Resolver) callers(fn *types.Func, v *types.Var, i int, depth int) []Value {
	sig := fn.Type().(*types.Signature)
	if sig.Variadic() && i == sig.Params().Len()-1 {
		return []Value{Unknown(v.Name())}
	}
	r.visiting[v] = true
	defer delete(r.visiting, v)
	var out []Value
	for _, call := range r.calls[fn] {
		if i < len(call.Args) {
			out = append(out, r.eval(call.Args[i], nil, depth+1)...)
		}
		if len(out) > maxValues {
			return []Value{Unknown("too many values")}
		}
	}
	if len(out) == 0 {
		return []Value{Unknown(v.Name())}
	}
	return dedupe(out)
}

func (r *Resolver) sources(srcs []source, name string, env *scope, depth int) []Value {
	var out []Value
	for _, s := range srcs {
		var vs []Value
		switch {
		case s.flag != nil:
			vs = []Value{{Parts: []Part{*s.flag}}}
		case s.rangeOf != nil:
			vs = r.rangeValues(s, name, s.scope(env), depth)
		case s.idx >= 0:
			if ix, ok := ast.Unparen(s.e).(*ast.IndexExpr); ok && s.idx == 0 {
				vs = r.mapIndex(ix, s.scope(env), depth) // v, ok := m[k]
				break
			}
			call, ok := ast.Unparen(s.e).(*ast.CallExpr)
			if !ok {
				vs = []Value{Unknown("?")}
				break
			}
			vs = r.call(call, s.idx, s.scope(env), depth)
		default:
			vs = r.eval(s.e, s.scope(env), depth+1)
		}
		out = append(out, vs...)
		if len(out) > maxValues {
			return []Value{Unknown("too many values")}
		}
	}
	return dedupe(out)
}

// mapIndex resolves m[k] on a map that the package fills with composite
// literals only (var services = map[string]string{"user": ...}): the
// values of the entries whose constant key k may be, or of every entry
// when k is not known.
func (r *Resolver) mapIndex(e *ast.IndexExpr, env *scope, depth int) []Value {
	t := r.info.TypeOf(e.X)
	if t == nil {
		return []Value{Unknown("?")}
	}
	if _, ok := t.Underlying().(*types.Map); !ok {
		return []Value{Unknown("index")}
	}
	var lits []*ast.CompositeLit
	switch x := ast.Unparen(e.X).(type) {
	case *ast.CompositeLit:
		lits = append(lits, x)
	case *ast.Ident:
		v, ok := r.info.Uses[x].(*types.Var)
		if !ok || r.visiting[v] {
			return []Value{Unknown("?")}
		}
		for _, src := range r.assigns[v] {
			lit, ok := ast.Unparen(src.e).(*ast.CompositeLit)
			if !ok || src.idx >= 0 || src.rangeOf != nil || src.flag != nil {
				return []Value{Unknown("map " + v.Name())}
			}
			lits = append(lits, lit)
		}
	}
	if len(lits) == 0 {
		return []Value{Unknown("?")}
	}
	// The keys asked for, when all are known.
	var keys []string
	for _, k := range r.eval(e.Index, env, depth+1) {
		s, known := k.Prefix()
		if !known || len(k.Parts) > 1 {
			keys = nil
			break
		}
		keys = append(keys, s)
	}
	var out []Value
	for _, lit := range lits {
		for _, elt := range lit.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			if k, ok := r.constString(kv.Key); ok && keys != nil && !slices.Contains(keys, k) {
				continue
			}
			out = append(out, r.eval(kv.Value, nil, depth+1)...)
			if len(out) > maxValues {
				return []Value{Unknown("too many values")}
			}
		}
	}
	if len(out) == 0 {
		return []Value{Unknown("?")}
	}
	return dedupe(out)
}

// paramOf returns the declared function whose parameter v is, or nil.
func (r *Resolver) paramOf(v *types.Var) *types.Func {
	r.index()
	return r.params[v]
}

func paramIndex(fn *types.Func, v *types.Var) int {
	params := fn.Type().(*types.Signature).Params()
	for i := 0; i < params.Len(); i++ {
		if params.At(i) == v {
			return i
		}
	}
	return -1
}

// field resolves a struct field by the package's assignments to it, and
// by the config tags that say which environment variable fills it.
func (r *Resolver) field(sel *types.Selection, env *scope, depth int) []Value {
	v := sel.Obj().(*types.Var)
	var out []Value
	if srcs := r.assigns[v]; len(srcs) > 0 && !r.visiting[v] {
		r.visiting[v] = true
		out = r.sources(srcs, v.Name(), env, depth)
		delete(r.visiting, v)
	}
	if p, ok := tagPart(fieldTag(sel)); ok {
		return dedupe(append(out, Value{Parts: []Part{p}}))
	}
	if v.Exported() && isString(v.Type()) {
		// Another package may set it (main filling a Config): bound by
		// the whole program.
		out = dedupe(append(out, Value{Parts: []Part{{Param: FieldKey(v), Field: v.Name()}}}))
	}
	if len(out) == 0 {
		return []Value{{Parts: []Part{{Field: fieldName(v)}}}}
	}
	return out
}

// FieldKey names an exported field the way Param parts and bindings spell
// it when other packages set it. It is unique within one load (it holds
// the field's position), not across runs.
func FieldKey(v *types.Var) string {
	pkg := ""
	if v.Pkg() != nil {
		pkg = v.Pkg().Path()
	}
	return "field " + pkg + "." + v.Name() + "@" + strconv.Itoa(int(v.Pos()))
}

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Kind() == types.String
}

// fieldName names a field as "Type.Field" when its struct is a named
// type's.
func fieldName(v *types.Var) string {
	return v.Name()
}

// tagPart reads the environment variable a config library fills a field
// from: envconfig, caarlos0/env, cleanenv, and the key of viper or koanf.
func tagPart(tag string) (Part, bool) {
	if tag == "" {
		return Part{}, false
	}
	st := reflect.StructTag(tag)
	for _, k := range []string{"envconfig", "env"} {
		name, ok := st.Lookup(k)
		if !ok {
			continue
		}
		name, _, _ = strings.Cut(name, ",")
		if name == "" || name == "-" {
			continue
		}
		p := Part{Env: name}
		for _, d := range []string{"default", "envDefault", "env-default"} {
			if def, ok := st.Lookup(d); ok {
				p.Default, p.HasDefault = def, true
				break
			}
		}
		return p, true
	}
	for _, k := range []string{"mapstructure", "koanf"} {
		if name, ok := st.Lookup(k); ok && name != "" && name != "-" {
			name, _, _ = strings.Cut(name, ",")
			return Part{Field: k + ":" + name}, true
		}
	}
	return Part{}, false
}

// fieldTag returns the tag of the field a selection picks, from the
// struct the selection goes through (embedded fields included).
func fieldTag(sel *types.Selection) string {
	t := sel.Recv()
	path := sel.Index()
	for i, idx := range path {
		st, ok := deref(t).Underlying().(*types.Struct)
		if !ok || idx >= st.NumFields() {
			return ""
		}
		if i == len(path)-1 {
			return st.Tag(idx)
		}
		t = st.Field(idx).Type()
	}
	return ""
}

// deref resolves *p: a flag.String result, or a pointer to a variable.
func (r *Resolver) deref(x ast.Expr, env *scope, depth int) []Value {
	x = ast.Unparen(x)
	if call, ok := x.(*ast.CallExpr); ok {
		if p, ok := r.flagCall(call); ok {
			return []Value{{Parts: []Part{p}}}
		}
	}
	var obj types.Object
	switch x := x.(type) {
	case *ast.Ident:
		obj = r.info.Uses[x]
	case *ast.SelectorExpr:
		obj = r.target(x)
	}
	if obj == nil || r.visiting[obj] {
		return []Value{Unknown("?")}
	}
	r.visiting[obj] = true
	defer delete(r.visiting, obj)
	var out []Value
	for _, s := range r.assigns[obj] {
		if call, ok := ast.Unparen(s.e).(*ast.CallExpr); ok && s.idx < 0 {
			if p, ok := r.flagCall(call); ok {
				out = append(out, Value{Parts: []Part{p}})
				continue
			}
		}
		if u, ok := ast.Unparen(s.e).(*ast.UnaryExpr); ok && u.Op == token.AND {
			out = append(out, r.eval(u.X, env, depth+1)...)
			continue
		}
		out = append(out, Unknown("?"))
	}
	if len(out) == 0 {
		return []Value{Unknown("?")}
	}
	return dedupe(out)
}

// flagCall recognises flag.String(name, default, usage) and its forms.
func (r *Resolver) flagCall(call *ast.CallExpr) (Part, bool) {
	fn, ok := typeutil.Callee(r.info, call).(*types.Func)
	if !ok || fn.Pkg() == nil || !isFlagPkg(fn.Pkg().Path()) {
		return Part{}, false
	}
	switch {
	case fn.Name() == "String" && len(call.Args) >= 2:
		return r.flagPart(call.Args[0], call.Args[1]), true
	case fn.Name() == "StringP" && len(call.Args) >= 3:
		return r.flagPart(call.Args[0], call.Args[2]), true
	}
	return Part{}, false
}

// call resolves result idx (-1: the only one) of a call.
func (r *Resolver) call(call *ast.CallExpr, idx int, env *scope, depth int) []Value {
	// A conversion: string(b), MyURL(s).
	if tv, ok := r.info.Types[call.Fun]; ok && tv.IsType() && len(call.Args) == 1 {
		return r.eval(call.Args[0], env, depth+1)
	}
	fn, ok := typeutil.Callee(r.info, call).(*types.Func)
	if !ok {
		return []Value{Unknown("dynamic call")}
	}
	if vs, ok := r.library(fn, call, idx, env, depth); ok {
		return vs
	}
	if idx > 0 {
		return []Value{Unknown("result of " + fn.Name())}
	}
	if decl := r.funcs[fn.Origin()]; decl != nil && fn.Pkg() == r.pkg {
		return r.local(fn.Origin(), decl, call, idx, env, depth)
	}
	if r.Returns != nil {
		if vs, ok := r.Returns(fn.Origin()); ok {
			return r.bindReturns(fn.Origin(), vs, call, env, depth)
		}
	}
	return []Value{Unknown("call to " + fn.FullName())}
}

// local resolves a call of the package's own function by its return
// statements, with the parameters bound to the call's arguments.
func (r *Resolver) local(fn *types.Func, decl *ast.FuncDecl, call *ast.CallExpr, idx int, env *scope, depth int) []Value {
	if r.visiting[fn] {
		return nil
	}
	r.visiting[fn] = true
	defer delete(r.visiting, fn)
	sig := fn.Type().(*types.Signature)
	inner := bind(sig, call, env)
	if idx < 0 {
		idx = 0
	}
	var out []Value
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if idx < len(n.Results) && len(n.Results) == sig.Results().Len() {
				out = append(out, r.eval(n.Results[idx], inner, depth+1)...)
			}
		}
		return true
	})
	if len(out) > maxValues {
		return []Value{Unknown("too many values")}
	}
	return dedupe(out)
}

// library resolves the standard functions that build or read strings.
func (r *Resolver) library(fn *types.Func, call *ast.CallExpr, idx int, env *scope, depth int) ([]Value, bool) {
	arg := func(i int) []Value {
		if i >= len(call.Args) {
			return []Value{Unknown("?")}
		}
		return r.eval(call.Args[i], env, depth+1)
	}
	recv := func() []Value {
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			return r.eval(sel.X, env, depth+1)
		}
		return []Value{Unknown("?")}
	}
	join := func(first []Value, rest []ast.Expr, sep string) []Value {
		out := first
		for _, a := range rest {
			out = concat(concat(out, []Value{Lit(sep)}, maxValues), r.eval(a, env, depth+1), maxValues)
		}
		return cleanSlashes(out)
	}
	switch fn.FullName() {
	case "os.Getenv", "os.LookupEnv", "syscall.Getenv":
		if idx > 0 {
			return []Value{Unknown("?")}, true
		}
		var out []Value
		for _, name := range arg(0) {
			s, known := name.Prefix()
			switch {
			case known:
				out = append(out, Value{Parts: []Part{{Env: s}}})
			case len(name.Parts) == 1 && name.Parts[0].Param != "":
				out = append(out, Value{Parts: []Part{{EnvOf: name.Parts[0].Param}}})
			default:
				out = append(out, Value{Parts: []Part{{Env: "?"}}})
			}
		}
		return dedupe(out), true
	case "fmt.Sprintf":
		return r.sprintf(call, env, depth), true
	case "strings.Join":
		return r.joinList(call, env, depth), true
	case "strings.TrimSuffix", "strings.TrimRight", "strings.TrimPrefix", "strings.TrimLeft", "strings.TrimSpace", "strings.ToLower":
		vs := arg(0)
		if (fn.Name() == "TrimSuffix" || fn.Name() == "TrimRight") && len(call.Args) == 2 {
			if cut, ok := r.constString(call.Args[1]); ok {
				for i, v := range vs {
					vs[i] = trimSuffix(v, cut)
				}
			}
		}
		return vs, true
	case "strings.ReplaceAll", "strings.Replace":
		// A placeholder filled in at run time (<NAMESPACE>, {env}): the
		// known text is replaced where it holds the placeholder; what the
		// environment or a flag gives is kept as it is.
		if len(call.Args) < 3 {
			break
		}
		old, ok := r.constString(call.Args[1])
		if !ok || old == "" {
			return []Value{Unknown("call to " + fn.FullName())}, true
		}
		by := r.eval(call.Args[2], env, depth+1)
		var with *Value
		if len(by) == 1 && by[0].Known() {
			with = &by[0]
		}
		vs := arg(0)
		for i, v := range vs {
			vs[i] = replaceLit(v, old, with)
		}
		return vs, true
	case "net.JoinHostPort":
		return concat(concat(arg(0), []Value{Lit(":")}, maxValues), arg(1), maxValues), true
	case "net/url.JoinPath":
		if idx > 0 {
			return []Value{Unknown("error")}, true
		}
		if len(call.Args) == 0 {
			return []Value{Unknown("?")}, true // ill-typed: analysed despite errors
		}
		return join(arg(0), call.Args[1:], "/"), true
	case "path.Join":
		if len(call.Args) == 0 {
			return []Value{Lit("")}, true
		}
		return join(arg(0), call.Args[1:], "/"), true
	case "net/url.Parse", "net/url.ParseRequestURI":
		if idx > 0 {
			return []Value{Unknown("error")}, true
		}
		return arg(0), true
	case "(*net/url.URL).String", "(*net/url.URL).Redacted":
		return recv(), true
	case "(*net/url.URL).JoinPath":
		return join(recv(), call.Args, "/"), true
	case "strconv.Itoa", "strconv.FormatInt", "strconv.Quote":
		return arg(0), true
	case "github.com/spf13/viper.GetString", "(*github.com/spf13/viper.Viper).GetString":
		if len(call.Args) != 1 {
			break
		}
		if s, ok := r.constString(call.Args[0]); ok {
			return []Value{{Parts: []Part{{Field: "viper:" + s, Key: s}}}}, true
		}
		var out []Value
		for _, name := range r.eval(call.Args[0], env, depth+1) {
			s, known := name.Prefix()
			switch {
			case known:
				out = append(out, Value{Parts: []Part{{Field: "viper:" + s, Key: s}}})
			case len(name.Parts) == 1 && name.Parts[0].Param != "":
				out = append(out, Value{Parts: []Part{{KeyOf: name.Parts[0].Param}}})
			default:
				out = append(out, Value{Parts: []Part{{Field: "viper:?"}}})
			}
		}
		return dedupe(out), true
	}
	if isFlagPkg(pkgPath(fn)) {
		if p, ok := r.flagCall(call); ok {
			return []Value{{Parts: []Part{p}}}, true
		}
	}
	return nil, false
}

func pkgPath(fn *types.Func) string {
	if fn.Pkg() == nil {
		return ""
	}
	return fn.Pkg().Path()
}

// trimSuffix removes cut from the end of v when v ends in known text that
// has it.
// replaced makes the replacements rs in v.
func (v Value) replaced(rs []Replacement) Value {
	for _, r := range rs {
		var with *Value
		if !r.Unknown {
			w := Lit(r.New)
			with = &w
		}
		v = replaceLit(v, r.Old, with)
	}
	return v
}

// replaceLit replaces old in v's known text and defaults by with, or by
// an unknown part (UnknownText in a default) when with is nil or not all
// text; a part whose value is known only at run time (an environment
// variable) keeps the replacement to make once it is (Part.Replace).
func replaceLit(v Value, old string, with *Value) Value {
	r := Replacement{Old: old, Unknown: true}
	if with != nil && with.Known() {
		r = Replacement{Old: old, New: with.String()}
	}
	var out Value
	for _, p := range v.Parts {
		if p.HasDefault && strings.Contains(p.Default, old) {
			p.Default = Apply([]Replacement{r}, p.Default)
		}
		if !p.known() {
			if p.Unknown == "" {
				p = p.withReplacement(r)
			}
			out = out.add(p)
			continue
		}
		for j, piece := range strings.Split(p.Lit, old) {
			if j > 0 {
				if r.Unknown {
					out = out.add(Part{Unknown: "replaced " + strconv.Quote(old)})
				} else {
					out = out.add(Part{Lit: r.New})
				}
			}
			out = out.add(Part{Lit: piece})
		}
	}
	return out
}

func trimSuffix(v Value, cut string) Value {
	n := len(v.Parts)
	if n == 0 || !v.Parts[n-1].known() {
		return v
	}
	parts := slices.Clone(v.Parts)
	parts[n-1].Lit = strings.TrimSuffix(parts[n-1].Lit, cut)
	return Value{Parts: parts}
}

// cleanSlashes collapses the "//" that joining "http://h/" and "/x" makes
// at a seam (not the scheme's).
func cleanSlashes(vs []Value) []Value {
	for i, v := range vs {
		parts := slices.Clone(v.Parts)
		for j := range parts {
			if !parts[j].known() {
				continue
			}
			s := parts[j].Lit
			scheme := ""
			if k := strings.Index(s, "://"); k >= 0 && j == 0 {
				scheme, s = s[:k+3], s[k+3:]
			}
			for strings.Contains(s, "//") {
				s = strings.ReplaceAll(s, "//", "/")
			}
			parts[j].Lit = scheme + s
		}
		vs[i] = Value{Parts: parts}
	}
	return vs
}

// sprintf resolves fmt.Sprintf with a known format: %s, %v, %d and %q
// take their argument's value; anything else is unknown.
func (r *Resolver) sprintf(call *ast.CallExpr, env *scope, depth int) []Value {
	if len(call.Args) == 0 {
		return []Value{Unknown("?")}
	}
	formats := []Value{}
	if format, ok := r.constString(call.Args[0]); ok {
		formats = append(formats, Lit(format))
	} else {
		// A format built by concatenation ("http://"+c.host+"/x?id=%d"):
		// the verbs are in its known text; what the rest holds is taken
		// as it is.
		formats = r.eval(call.Args[0], env, depth+1)
	}
	var all []Value
	for _, format := range formats {
		out := []Value{{}}
		argi := 1
		for _, part := range format.Parts {
			if !part.known() {
				out = concat(out, []Value{{Parts: []Part{part}}}, maxValues)
				continue
			}
			text := part.Lit
			for i := 0; i < len(text); i++ {
				c := text[i]
				if c != '%' {
					out = concat(out, []Value{Lit(string(c))}, maxValues)
					continue
				}
				j := i + 1
				for j < len(text) && strings.IndexByte("+-# 0123456789.", text[j]) >= 0 {
					j++
				}
				if j >= len(text) {
					break
				}
				verb := text[j]
				i = j
				if verb == '%' {
					out = concat(out, []Value{Lit("%")}, maxValues)
					continue
				}
				var vs []Value
				if argi < len(call.Args) && strings.IndexByte("svdq", verb) >= 0 {
					vs = r.eval(call.Args[argi], env, depth+1)
				} else {
					vs = []Value{Unknown("?")}
				}
				argi++
				out = concat(out, vs, maxValues)
			}
		}
		all = append(all, out...)
		if len(all) > maxValues {
			return []Value{Unknown("too many values")}
		}
	}
	return dedupe(all)
}

// urlLiteral resolves url.URL{Scheme: s, Host: h, Path: p} to s://h/p.
func (r *Resolver) urlLiteral(lit *ast.CompositeLit, env *scope, depth int) []Value {
	tv, ok := r.info.Types[lit]
	if !ok || !isURL(tv.Type) {
		return []Value{Unknown("?")}
	}
	var scheme, host, path []Value
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		id, _ := kv.Key.(*ast.Ident)
		if id == nil {
			continue
		}
		switch id.Name {
		case "Scheme":
			scheme = r.eval(kv.Value, env, depth+1)
		case "Host":
			host = r.eval(kv.Value, env, depth+1)
		case "Path":
			path = r.eval(kv.Value, env, depth+1)
		}
	}
	out := []Value{{}}
	if scheme != nil {
		out = concat(concat(out, scheme, maxValues), []Value{Lit("://")}, maxValues)
	}
	if host != nil {
		out = concat(out, host, maxValues)
	}
	if path != nil {
		out = concat(out, path, maxValues)
	}
	return out
}

func isURL(t types.Type) bool {
	n, ok := deref(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "net/url" && n.Obj().Name() == "URL"
}

func deref(t types.Type) types.Type {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// Join returns a followed by b.
func Join(a, b Value) Value { return a.cat(b) }

// varField resolves X.F, where X is a package-level variable whose
// values are all struct literals, by what those literals set F to; for
// another package's variable, by VarFields.
func (r *Resolver) varField(e *ast.SelectorExpr, sel *types.Selection, depth int) ([]Value, bool) {
	v := packageVar(r.info, e.X)
	if v == nil || len(sel.Index()) != 1 {
		return nil, false
	}
	name := sel.Obj().Name()
	if v.Pkg() != r.pkg {
		if r.VarFields != nil {
			return r.VarFields(v, name)
		}
		return nil, false
	}
	fs := r.varLitFields(v, name)
	if len(fs) == 0 {
		return nil, false
	}
	var out []Value
	for _, f := range fs {
		out = append(out, r.eval(f, nil, depth+1)...)
	}
	return dedupe(out), true
}

// varLitFields returns the expressions that set field name in the
// struct literals (or pointers to them) that are every value the package
// gives its variable v; nil when one of them is something else, or one
// leaves the field unset.
func (r *Resolver) varLitFields(v *types.Var, name string) []ast.Expr {
	r.index()
	srcs := r.assigns[v]
	var out []ast.Expr
	for _, src := range srcs {
		if src.idx >= 0 || src.flag != nil || src.rangeOf != nil {
			return nil
		}
		e := ast.Unparen(src.e)
		if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
			e = ast.Unparen(u.X)
		}
		lit, ok := e.(*ast.CompositeLit)
		if !ok {
			return nil
		}
		f := r.LitField(lit, name)
		if f == nil {
			return nil
		}
		out = append(out, f)
	}
	return out
}

// VarFieldValues resolves the string fields that the struct literals
// given to the package's variable v set, by field name; nil when v is
// given anything else.
func (r *Resolver) VarFieldValues(v *types.Var) map[string][]Value {
	st, ok := deref(v.Type()).Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	var out map[string][]Value
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		if !isString(f.Type()) {
			continue
		}
		for _, e := range r.varLitFields(v, f.Name()) {
			if out == nil {
				out = make(map[string][]Value)
			}
			out[f.Name()] = dedupe(append(out[f.Name()], r.eval(e, nil, 0)...))
		}
	}
	return out
}

// packageVar returns the package-level variable e names (v or pkg.V), or
// nil.
func packageVar(info *types.Info, e ast.Expr) *types.Var {
	var id *ast.Ident
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		if _, ok := info.Selections[x]; ok {
			return nil
		}
		id = x.Sel
	default:
		return nil
	}
	v, ok := info.Uses[id].(*types.Var)
	if !ok || v.Pkg() == nil || v.IsField() || v.Pkg().Scope().Lookup(v.Name()) != v {
		return nil
	}
	return v
}

// VarValues resolves a package-level variable of the package by the
// assignments the package makes to it.
func (r *Resolver) VarValues(v *types.Var) []Value {
	r.index()
	return r.object(v, nil, 0)
}

// FuncReturns resolves what a function of the package returns (its first
// result), with its parameters as Param parts.
func (r *Resolver) FuncReturns(fn *types.Func) []Value {
	r.index()
	decl := r.funcs[fn]
	if decl == nil {
		return nil
	}
	return r.local(fn, decl, nil, 0, nil, 0)
}

// bindReturns puts a call's arguments in place of the parameters in what
// its callee returns.
func (r *Resolver) bindReturns(fn *types.Func, vs []Value, call *ast.CallExpr, env *scope, depth int) []Value {
	prefix := fn.FullName() + "#"
	var out []Value
	for _, v := range vs {
		out = append(out, v.Substitute(func(key string) []Value {
			i, err := strconv.Atoi(strings.TrimPrefix(key, prefix))
			if !strings.HasPrefix(key, prefix) || err != nil || i >= len(call.Args) {
				return nil
			}
			return r.eval(call.Args[i], env, depth+1)
		}, maxValues)...)
	}
	if len(out) > maxValues {
		return []Value{Unknown("too many values")}
	}
	return dedupe(out)
}

// configKey returns the config key path of a string field read through
// a chain of struct fields (cfg.Broker.Subject.CreateOrder): each field by
// its json, yaml, mapstructure or koanf tag, else its name, joined by
// "."; "" for a chain of one field, which names too little to be matched.
func (r *Resolver) configKey(e *ast.SelectorExpr) string {
	var keys []string
	for x := ast.Expr(e); ; {
		se, ok := ast.Unparen(x).(*ast.SelectorExpr)
		if !ok {
			break
		}
		sel, ok := r.info.Selections[se]
		if !ok || sel.Kind() != types.FieldVal {
			break
		}
		keys = append(keys, configName(sel.Obj().Name(), fieldTag(sel)))
		x = se.X
	}
	if len(keys) < 2 {
		return ""
	}
	slices.Reverse(keys)
	return strings.Join(keys, ".")
}

// configName is the key a config file gives a field under: its json,
// yaml, mapstructure or koanf tag's name, else the field's name.
func configName(field, tag string) string {
	st := reflect.StructTag(tag)
	for _, k := range []string{"mapstructure", "yaml", "json", "koanf", "toml"} {
		if name, ok := st.Lookup(k); ok {
			if name, _, _ = strings.Cut(name, ","); name != "" && name != "-" {
				return name
			}
		}
	}
	return field
}

// withKey sets key on the values of vs that are the config field itself
// (one part, read from a field nobody in the package sets), not on what
// the package assigns to it.
func withKey(vs []Value, key string) []Value {
	if key == "" {
		return vs
	}
	out := vs
	for i, v := range vs {
		if len(v.Parts) == 1 && v.Parts[0].Field != "" && v.Parts[0].Key == "" && v.Parts[0].Env == "" {
			if &out[0] == &vs[0] {
				out = slices.Clone(vs) // vs may be shared
			}
			p := v.Parts[0]
			p.Key = key
			out[i] = Value{Parts: []Part{p}}
		}
	}
	return out
}

// ConfigField returns the value of field name of the config struct x
// holds, when the package never sets it: read from a config file under the
// key path of x's chain of fields and the field's own key
// (c.PaymentUpdateStatusConf with Topic: "PaymentUpdateStatusConf.Topic").
// It reports false when the path has fewer than two keys, or x holds no
// struct with such a string field.
func (r *Resolver) ConfigField(x ast.Expr, name string) (Value, bool) {
	t := r.info.TypeOf(x)
	if t == nil {
		return Value{}, false
	}
	st, ok := deref(t).Underlying().(*types.Struct)
	if !ok {
		return Value{}, false
	}
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		if f.Name() != name || !isString(f.Type()) {
			continue
		}
		var keys []string
		if se, ok := ast.Unparen(x).(*ast.SelectorExpr); ok {
			if k := r.configKey(se); k != "" {
				keys = append(keys, k)
			} else if sel, ok := r.info.Selections[se]; ok && sel.Kind() == types.FieldVal {
				keys = append(keys, configName(sel.Obj().Name(), fieldTag(sel)))
			}
		}
		if len(keys) == 0 {
			return Value{}, false
		}
		key := strings.Join(append(keys, configName(name, st.Tag(i))), ".")
		return Value{Parts: []Part{{Field: name, Key: key}}}, true
	}
	return Value{}, false
}
