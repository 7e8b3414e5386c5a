package notimeout

import (
	"cmp"
	"fmt"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/boundcheck/boundcheck/rules/catalog"
)

// Clients from elsewhere. A service's main usually builds the clients
// (&http.Client{...}, mongo.Connect) and hands them to the service's code
// through a constructor's parameter or a struct field: inside the package
// that calls out, the client is of unknown origin. Each package records
// where its client values come in from code it does not see (a Hole), the
// calls that wait on such a client with no deadline of their own (a
// ClientCall), and the client values it hands into holes (a ClientFeed);
// the whole-program step joins them. A call is judged by the client only
// when every value that reaches it, through every feed, has the same
// verdict; a hole that something unseen may fill (a constructor also used
// as a function value, a function no analysed code calls) leaves it
// unknown. Feeds in _test.go files do not count: a test's client is not
// the program's.

// The kinds of client a hole carries.
const (
	clientHTTP  = "http"  // an *http.Client, or an interface it implements
	clientMongo = "mongo" // a mongo Client, Database or Collection
)

// A Hole is where a client value enters a package from code the package
// does not see: parameter Param of the function Func (a constructor), the
// result of Func (Param -1), or Var, a field or package-level variable that
// the package reads and does not write. Func and Var name the object by
// its name and file (funcName), not by its types object: a package's
// variant with its tests has objects of its own, and must meet the same
// feeds.
type Hole struct {
	Func  string
	Param int
	Var   string
}

// funcName names a function for a Hole: "orders.NewGateway@/src/orders/orders.go".
func (c *checker) funcName(f *types.Func) string {
	f = f.Origin()
	return f.FullName() + "@" + c.pass.Fset.Position(f.Pos()).Filename
}

// varHole returns the hole of a field or package-level variable.
func (c *checker) varHole(v *types.Var) Hole {
	p := c.pass.Fset.Position(v.Pos())
	return Hole{Var: fmt.Sprintf("%s.%s@%s:%d", v.Pkg().Path(), v.Name(), p.Filename, p.Offset)}
}

// A ClientUse is what a package knows of a client value: the verdict on
// the origins it sees (State: bounded, unbounded with Why and At, or
// unknown when it sees none) and the holes the rest comes through. Open:
// some origin is neither, and the value cannot be judged.
type ClientUse struct {
	Kind  string // clientHTTP, clientMongo, or "" for a value seen only through holes
	State int
	Why   string
	At    token.Pos
	Order string // At as file:offset, for a stable choice among feeds
	Holes []Hole
	Open  bool
	// Handed are the other holes an *http.Client made here is handed to
	// besides the one it feeds: a function that sets a timeout on it
	// (Result.Tunes) bounds it for everyone.
	Handed []Hole
}

// A ClientCall is an outbound call whose client comes through holes and
// whose context sets no deadline: its verdict is the client's.
type ClientCall struct {
	Pos, End  token.Pos
	Call      string // "(*http.Client).Do"
	Proto     string
	LimitKind catalog.Limit
	With      string
	Subject   bool // the message starts with the call's name
	Client    ClientUse
	Ctx       SiteArg     // unbounded (Why, At), incoming, or param of Caller
	CtxMade   string      // unbounded: what Ctx.At is, "" for a context
	Caller    *types.Func // the named function the call is in
	Path      string      // the call's file, line and column, for a sink
	Line, Col int
	Quiet     bool
}

// A ClientFeed is a client value handed into a hole: an argument of a call
// of a named function, a store into a field or variable, or a function's
// result.
type ClientFeed struct {
	Into Hole
	Use  ClientUse
	Test bool // in a _test.go file: not part of the program
}

// clientKind returns the kind of client a value of type t is, or "".
func clientKind(t types.Type) string {
	if catalog.IsNamed(t, catalog.NetHTTPPath, "Client") {
		return clientHTTP
	}
	for _, p := range catalog.MongoPaths {
		for _, n := range [...]string{"Client", "Database", "Collection"} {
			if catalog.IsNamed(t, p[0], n) {
				return clientMongo
			}
		}
	}
	return ""
}

// clientLimitKind returns the kind of client that limits an outbound call
// of the catalog, or "".
func clientLimitKind(l catalog.Limit) string {
	switch l {
	case catalog.LimitHTTPClient:
		return clientHTTP
	case catalog.LimitMongoClient:
		return clientMongo
	}
	return ""
}

// clientCall records an outbound call whose client is of unknown origin
// here, when its context sets no deadline and the client comes through
// holes that the whole program may fill.
func (c *checker) clientCall(fn *ssa.Function, call ssa.CallInstruction, f *types.Func, o *catalog.Outbound, client ssa.Value) {
	kind := clientLimitKind(o.Limit)
	if kind == "" || client == nil {
		return
	}
	use := c.clientUse(kind, client, false)
	if use.Open || len(use.Holes) == 0 || use.State == int(bounded) {
		return
	}
	ctx, subject, _ := c.callContext(f, o, args(call.Common()))
	cc := ClientCall{
		Call: shortName(f), Proto: o.Protocol, LimitKind: o.Limit, With: o.WithContext, Subject: subject,
		Client: use, Pos: call.Pos(),
	}
	switch ctx.state {
	case unbounded:
		cc.Ctx = SiteArg{State: int(unbounded), Why: ctx.why, At: ctx.pos}
		cc.CtxMade = ctx.made
	case incoming:
		cc.Ctx = SiteArg{State: int(incoming)}
	case param:
		if _, ok := ctx.fn.Object().(*types.Func); !ok || ctx.fn.Parent() != nil || !within(fn, ctx.fn) {
			return
		}
		cc.Ctx = SiteArg{State: int(param), Param: ctx.index, Kind: ctx.kind}
	default:
		return
	}
	if ce := c.callExpr(call.Pos()); ce != nil {
		cc.Pos, cc.End = c.callStart(ce), ce.End()
	}
	for top := fn; top != nil; top = top.Parent() {
		if obj, ok := top.Object().(*types.Func); ok && top.Parent() == nil {
			cc.Caller = obj
		}
	}
	pos := c.pass.Fset.Position(call.Pos())
	cc.Path, cc.Line, cc.Col = pos.Filename, pos.Line, pos.Column
	cc.Quiet = c.quiet(cc.Pos)
	c.result.ClientCalls = append(c.result.ClientCalls, cc)
}

// clientInvoke records a call of an interface method that an
// *http.Client implements (a Doer's Do): when every value the interface
// holds is a client fed through holes, the whole program judges it as a
// call of the client's method.
func (c *checker) clientInvoke(fn *ssa.Function, call ssa.CallInstruction, f *types.Func) {
	common := call.Common()
	if !common.IsInvoke() {
		return
	}
	iface, ok := common.Value.Type().Underlying().(*types.Interface)
	pkg := c.imported(catalog.NetHTTPPath)
	if !ok || pkg == nil {
		return
	}
	tn, ok := pkg.Scope().Lookup("Client").(*types.TypeName)
	if !ok {
		return
	}
	ptr := types.NewPointer(tn.Type())
	if !types.Implements(ptr, iface) {
		return
	}
	m, _, _ := types.LookupFieldOrMethod(ptr, false, pkg, f.Name())
	method, ok := m.(*types.Func)
	if !ok {
		return
	}
	if o := catalog.OutboundCall(method); o != nil && o.Limit == catalog.LimitHTTPClient {
		c.clientCall(fn, call, method, o, common.Value)
	}
}

// clientUse judges the client value v of the given kind. feeding: v is
// handed into a hole, so handing an *http.Client made here to analysed
// functions is no escape (their own Tunes say whether they set a timeout).
func (c *checker) clientUse(kind string, v ssa.Value, feeding bool) ClientUse {
	u := ClientUse{Kind: kind, State: int(unknown)}
	var vs []verdict
	seen := make(map[Hole]bool)
	hole := func(h Hole) {
		if !seen[h] {
			seen[h] = true
			u.Holes = append(u.Holes, h)
		}
	}
	var walk func(v ssa.Value, depth int)
	walk = func(v ssa.Value, depth int) {
		if v == nil || depth > 6 {
			u.Open = true
			return
		}
		for _, o := range c.flow.origins(v) {
			if k, ok := o.v.(*ssa.Const); ok && k.IsNil() {
				continue // no client: return nil, err
			}
			switch kind {
			case clientHTTP:
				vd := c.httpOrigin(o, feeding, &u)
				if vd.state != unknown {
					vs = append(vs, vd)
					continue
				}
			case clientMongo:
				if call := firstResult(o.v); call != nil {
					if fn := callee(call.Common()); fn != nil && fn.Pkg() != nil && catalog.IsMongo(fn.Pkg().Path()) {
						if recv := receiver(call.Common()); recv != nil {
							walk(recv, depth+1) // Database(), Collection()
							continue
						}
						if catalog.IsMongoConnect(fn) {
							vd := c.mongoClient(o.v, 0)
							if vd.state == unbounded && !c.optionsSeen(call.Common()) {
								u.Open = true // options from elsewhere may set a timeout
								continue
							}
							vd.pos = call.Pos()
							vs = append(vs, vd)
							continue
						}
					}
				}
			}
			if h, ok := c.holeOf(kind, o.v); ok {
				if h == (Hole{}) {
					vs = append(vs, isBounded) // a timeout is set on it here
				} else {
					hole(h)
				}
				continue
			}
			u.Open = true
		}
	}
	walk(v, 0)
	if len(vs) > 0 {
		m := merge(vs)
		if m.state == unbounded && slices.ContainsFunc(vs, func(v verdict) bool { return v.state != unbounded }) {
			u.Open = true // bounded here, unbounded there
		}
		u.State, u.Why, u.At = int(m.state), m.why, m.pos
		if m.pos.IsValid() {
			p := c.pass.Fset.Position(m.pos)
			u.Order = fmt.Sprintf("%s:%010d", p.Filename, p.Offset)
		}
	}
	return u
}

// optionsSeen reports whether every client option a mongo.Connect gets is
// built here from the driver's options package, and handed to nothing
// else that might set a timeout on it.
func (c *checker) optionsSeen(connect *ssa.CallCommon) bool {
	for _, a := range args(connect) {
		if catalog.IsContext(a.Type()) {
			continue
		}
		opts := []ssa.Value{a}
		if vs := variadic(a); len(vs) > 0 {
			opts = vs
		}
		for _, opt := range opts {
			if !c.optionSeen(opt, 0) {
				return false
			}
		}
	}
	return true
}

// optionSeen reports whether every origin of the client option v is a
// call of the driver's options package whose result is handed to nothing
// but the driver: no code out of sight may set a timeout on it.
func (c *checker) optionSeen(v ssa.Value, depth int) bool {
	if depth > 12 {
		return false
	}
	for _, o := range c.flow.origins(v) {
		call, ok := o.v.(*ssa.Call)
		if !ok {
			return false
		}
		fn := callee(call.Common())
		if fn == nil || fn.Pkg() == nil || !catalog.IsMongoOptions(fn.Pkg().Path()) {
			return false
		}
		for _, r := range *call.Referrers() {
			if rc, ok := r.(ssa.CallInstruction); ok && receiver(rc.Common()) != call {
				if f := callee(rc.Common()); f == nil || f.Pkg() == nil || !catalog.IsMongo(f.Pkg().Path()) && !catalog.IsMongoOptions(f.Pkg().Path()) {
					return false // handed to code that may set a timeout
				}
			}
		}
		if recv := receiver(call.Common()); recv != nil && !c.optionSeen(recv, depth+1) {
			return false
		}
	}
	return true
}

// httpOrigin judges one origin of an *http.Client; for a client made here
// that is fed into a hole, handing it to analysed functions is no escape.
func (c *checker) httpOrigin(o origin, feeding bool, u *ClientUse) verdict {
	if a, ok := o.v.(*ssa.Alloc); ok && feeding && catalog.IsNamed(a.Type(), catalog.NetHTTPPath, "Client") && !c.flow.storedTuned(a) {
		handed := func(call ssa.CallInstruction) bool {
			hs := c.calledHoles(call.Common(), a)
			u.Handed = append(u.Handed, hs...)
			return len(hs) > 0
		}
		return limitFieldsExcept(a, catalog.TimeoutFields["net/http.Client"], "a client without Timeout", handed)
	}
	return c.httpClient(o.v)
}

// calledHoles returns the holes that v fills as arguments of the call:
// parameters of a named function of an analysed package, called
// statically; every one of them when v is passed more than once.
func (c *checker) calledHoles(common *ssa.CallCommon, v ssa.Value) []Hole {
	if common.IsInvoke() {
		return nil
	}
	fn := common.StaticCallee()
	if fn == nil || fn.TypeParams().Len() > 0 {
		return nil
	}
	obj, ok := c.holeFunc(fn)
	if !ok {
		return nil
	}
	var hs []Hole
	for i, a := range common.Args {
		if a == v || unwrapInterface(a) == v {
			hs = append(hs, Hole{Func: c.funcName(obj), Param: i})
		}
	}
	return hs
}

func unwrapInterface(v ssa.Value) ssa.Value {
	if mi, ok := v.(*ssa.MakeInterface); ok {
		return mi.X
	}
	return v
}

// holeOf returns the hole an origin of a client value comes through: a
// parameter of a named function, a field or variable of a client's type
// that this package reads and does not write (one of an interface type
// may be set by a package the fast path skipped, unseen), or the result of
// a function of another analysed package. A parameter on which the function sets a timeout
// itself comes back as the zero Hole with ok.
func (c *checker) holeOf(kind string, v ssa.Value) (Hole, bool) {
	switch x := v.(type) {
	case *ssa.Parameter:
		fn := x.Parent()
		obj, ok := fn.Object().(*types.Func)
		i := sigIndex(x)
		if !ok || fn.Parent() != nil || fn.Signature.Recv() != nil || i < 0 {
			return Hole{}, false
		}
		if kind == clientHTTP && c.tunesParam(x) {
			return Hole{}, true
		}
		return Hole{Func: c.funcName(obj), Param: i}, true
	case *ssa.UnOp:
		if x.Op != token.MUL {
			break
		}
		switch a := x.X.(type) {
		case *ssa.FieldAddr:
			if h, ok := c.fieldHole(a.X.Type(), a.Field); ok {
				return h, true
			}
		case *ssa.Global:
			if g, ok := a.Object().(*types.Var); ok && clientKind(g.Type()) != "" && (a.Pkg != c.flow.pkg || len(c.flow.globals[a]) == 0) {
				return c.varHole(g), true
			}
		}
	case *ssa.Field:
		if h, ok := c.fieldHole(x.X.Type(), x.Field); ok {
			return h, true
		}
	}
	if call := firstResult(v); call != nil {
		if h, ok := c.resultHole(call); ok {
			return h, true
		}
	}
	return Hole{}, false
}

// fieldHole returns the hole of field i of the struct t (or *t) when it
// holds a client that this package neither writes nor sets a timeout on.
func (c *checker) fieldHole(t types.Type, i int) (Hole, bool) {
	fv := fieldVar(t, i)
	if fv == nil || clientKind(fv.Type()) == "" || len(c.flow.fields[fv]) > 0 || c.flow.tuned[fv] {
		return Hole{}, false
	}
	return c.varHole(fv), true
}

// resultHole returns the hole of a call's result: the call of a named
// function of another analysed package (this package's own are followed
// by flow).
func (c *checker) resultHole(call *ssa.Call) (Hole, bool) {
	common := call.Common()
	if common.IsInvoke() {
		return Hole{}, false
	}
	fn := common.StaticCallee()
	if fn == nil || fn.Pkg == c.flow.pkg {
		return Hole{}, false
	}
	obj, ok := c.holeFunc(fn)
	if !ok {
		return Hole{}, false
	}
	return Hole{Func: c.funcName(obj), Param: -1}, true
}

// holeFunc returns the object of fn when its parameters and result can be
// holes: a named function, not a method, of an analysed package rather
// than a library or the standard library.
func (c *checker) holeFunc(fn *ssa.Function) (*types.Func, bool) {
	if fn.Parent() != nil || fn.Signature.Recv() != nil {
		return nil, false
	}
	obj, ok := fn.Object().(*types.Func)
	if !ok || obj.Pkg() == nil || catalog.IsLibrary(obj.Pkg().Path()) || inGOROOTPos(c.pass, obj.Pos()) {
		return nil, false
	}
	return obj, true
}

// tunesParam reports whether a function sets a timeout on the
// *http.Client it is given: c.Timeout = d, or by storing it in a field that
// gets one.
func (c *checker) tunesParam(p *ssa.Parameter) bool {
	if c.flow.storedTuned(p) || setterOnValue(p) {
		return true
	}
	for _, r := range *p.Referrers() {
		fa, ok := r.(*ssa.FieldAddr)
		if !ok {
			continue
		}
		if f := fieldVar(fa.X.Type(), fa.Field); f == nil || !contains(catalog.TimeoutFields["net/http.Client"], f.Name()) {
			continue
		}
		for _, rr := range *fa.Referrers() {
			if s, ok := rr.(*ssa.Store); ok && s.Addr == fa && !isZero(s.Val) {
				return true
			}
		}
	}
	return false
}

// feedKind returns the kind of client the value v handed to a place of
// type t carries: t's own, or, for an interface, that of the values v
// comes from; "" for a value seen only through holes, and ok false for a
// value that is no client.
func (c *checker) feedKind(t types.Type, v ssa.Value) (string, bool) {
	if k := clientKind(t); k != "" {
		return k, true
	}
	iface, ok := t.Underlying().(*types.Interface)
	if !ok || iface.NumMethods() == 0 || catalog.IsContext(t) || types.Identical(t, types.Universe.Lookup("error").Type()) {
		return "", false
	}
	// Whatever else an interface may hold is recorded too, as an open
	// feed: it leaves the hole unknown.
	kind := ""
	for _, o := range c.flow.origins(v) {
		if k := clientKind(o.v.Type()); k != "" && kind == "" {
			kind = k
		}
	}
	return kind, true
}

// feedCall records the client values a call hands to a named function's
// parameters.
func (c *checker) feedCall(call ssa.CallInstruction) {
	common := call.Common()
	if common.IsInvoke() {
		return
	}
	fn := common.StaticCallee()
	if fn == nil || fn.TypeParams().Len() > 0 {
		return
	}
	obj, ok := c.holeFunc(fn)
	if !ok {
		return
	}
	for i, a := range common.Args {
		if kind, ok := c.feedKind(fn.Signature.Params().At(i).Type(), a); ok {
			c.feed(Hole{Func: c.funcName(obj), Param: i}, kind, a, call.Pos())
		}
	}
}

// feedStore records a client value stored into a field or a package-level
// variable.
func (c *checker) feedStore(s *ssa.Store) {
	var v *types.Var
	switch a := s.Addr.(type) {
	case *ssa.FieldAddr:
		v = fieldVar(a.X.Type(), a.Field)
	case *ssa.Global:
		v, _ = a.Object().(*types.Var)
	}
	if v == nil {
		return
	}
	if kind, ok := c.feedKind(v.Type(), s.Val); ok {
		c.feed(c.varHole(v), kind, s.Val, s.Pos())
	}
}

// feedResults records the client a named function of the package returns.
func (c *checker) feedResults(fn *ssa.Function) {
	obj, ok := fn.Object().(*types.Func)
	if !ok || fn.Parent() != nil || fn.Signature.Recv() != nil || fn.Signature.Results().Len() == 0 {
		return
	}
	t := fn.Signature.Results().At(0).Type()
	for _, r := range returns(fn, 0) {
		if kind, ok := c.feedKind(t, r); ok {
			c.feed(Hole{Func: c.funcName(obj), Param: -1}, kind, r, r.Pos())
		}
	}
}

func (c *checker) feed(h Hole, kind string, v ssa.Value, pos token.Pos) {
	u := c.clientUse(kind, v, true)
	if !u.Open && len(u.Holes) == 0 && state(u.State) == unknown {
		return // only nil
	}
	f := c.pass.Fset.File(pos)
	test := f != nil && strings.HasSuffix(f.Name(), "_test.go")
	c.result.Feeds = append(c.result.Feeds, ClientFeed{Into: h, Use: u, Test: test})
}

// tunes records the named functions that set a timeout on the
// *http.Client they are given.
func (c *checker) tunes(fn *ssa.Function) {
	obj, ok := fn.Object().(*types.Func)
	if !ok || fn.Parent() != nil || fn.Signature.Recv() != nil {
		return
	}
	for _, p := range fn.Params {
		if clientKind(p.Type()) == clientHTTP && c.tunesParam(p) {
			if c.result.Tunes == nil {
				c.result.Tunes = make(map[Hole]bool)
			}
			c.result.Tunes[Hole{Func: c.funcName(obj), Param: sigIndex(p)}] = true
		}
	}
}

// valuesOf records the named functions instr uses as values rather than
// calls: such a constructor may be called from anywhere.
func (c *checker) valuesOf(instr ssa.Instruction) {
	var callee ssa.Value
	if call, ok := instr.(ssa.CallInstruction); ok {
		callee = call.Common().Value
	}
	for _, op := range instr.Operands(nil) {
		fn, ok := (*op).(*ssa.Function)
		if !ok || *op == callee || fn.Parent() != nil {
			continue
		}
		if obj, ok := fn.Object().(*types.Func); ok {
			if c.result.Values == nil {
				c.result.Values = make(map[string]bool)
			}
			c.result.Values[c.funcName(obj)] = true
		}
	}
}

// clientResolver judges holes by what the whole program feeds them.
type clientResolver struct {
	feeds  map[Hole][]ClientFeed
	values map[string]bool
	// partial are the functions that a package the fast path skipped
	// names: it may call them with a client nobody recorded.
	partial map[string]bool
	tunes   map[Hole]bool
	memo    map[clientKey]ClientUse
}

type clientKey struct {
	h    Hole
	kind string
}

func newClientResolver(results map[string]*Result) *clientResolver {
	r := &clientResolver{
		feeds:   make(map[Hole][]ClientFeed),
		values:  make(map[string]bool),
		partial: make(map[string]bool),
		tunes:   make(map[Hole]bool),
		memo:    make(map[clientKey]ClientUse),
	}
	for _, res := range results {
		if !res.Full {
			for f := range res.Refs {
				r.partial[f.FullName()] = true
			}
		}
		for _, f := range res.Feeds {
			if !f.Test {
				r.feeds[f.Into] = append(r.feeds[f.Into], f)
			}
		}
		for f := range res.Values {
			r.values[f] = true
		}
		for h := range res.Tunes {
			r.tunes[h] = true
		}
	}
	return r
}

// use judges a client value: bounded or unbounded (with where it is made)
// when all it may come from agrees, else unknown.
func (r *clientResolver) use(u ClientUse, kind string, depth int) ClientUse {
	if u.Open || depth > 8 || u.Kind != "" && u.Kind != kind {
		return ClientUse{State: int(unknown)}
	}
	for _, h := range u.Handed {
		if r.tunes[h] {
			return ClientUse{State: int(bounded)}
		}
	}
	var all []ClientUse
	if state(u.State) != unknown {
		all = append(all, u)
	}
	for _, h := range u.Holes {
		all = append(all, r.hole(h, kind, depth+1))
	}
	return agree(all)
}

// hole judges what the program feeds a hole.
func (r *clientResolver) hole(h Hole, kind string, depth int) ClientUse {
	key := clientKey{h, kind}
	if v, ok := r.memo[key]; ok {
		return v
	}
	r.memo[key] = ClientUse{State: int(unknown)} // a cycle adds nothing
	var v ClientUse
	name, _, _ := strings.Cut(h.Func, "@")
	if h.Func != "" && h.Param >= 0 && (r.values[h.Func] || r.partial[name]) {
		v = ClientUse{State: int(unknown)}
	} else {
		var all []ClientUse
		for _, f := range r.feeds[h] {
			all = append(all, r.use(f.Use, kind, depth))
		}
		v = agree(all)
	}
	r.memo[key] = v
	return v
}

// agree returns the verdict all of us share, the first unbounded one by
// position when they are all unbounded, or unknown.
func agree(us []ClientUse) ClientUse {
	if len(us) == 0 {
		return ClientUse{State: int(unknown)}
	}
	for _, u := range us[1:] {
		if u.State != us[0].State {
			return ClientUse{State: int(unknown)}
		}
	}
	if state(us[0].State) != unbounded {
		return ClientUse{State: us[0].State}
	}
	return slices.MinFunc(us, func(a, b ClientUse) int { return cmp.Compare(a.Order, b.Order) })
}

// clients judges the calls on clients that come through holes: reported
// when the client the program feeds them has no timeout, and, for a call
// on its caller's context, a sink of the caller.
func (r *resolver) clients(results map[string]*Result, paths []string) {
	cr := newClientResolver(results)
	for _, path := range paths {
		for _, cc := range results[path].ClientCalls {
			u := cr.use(cc.Client, cc.Client.Kind, 0)
			if state(u.State) != unbounded {
				continue
			}
			switch state(cc.Ctx.State) {
			case param:
				r.addSink(cc.Caller, SinkParam{Index: cc.Ctx.Param, Kind: cc.Ctx.Kind, Reaches: []Reach{{Call: cc.Call, Uses: u.Why, Path: cc.Path, Line: cc.Line, Col: cc.Col, Pkg: path}}})
				continue
			case unbounded, incoming:
			default:
				continue
			}
			if cc.Quiet {
				continue
			}
			why := cc.Ctx.Why
			if state(cc.Ctx.State) == incoming {
				why = incomingWhy
			}
			var uses []string
			if u.Why != "" {
				uses = append(uses, u.Why)
			}
			uses = append(uses, why)
			msg := why
			if cc.Subject {
				msg = cc.Call + " uses " + strings.Join(uses, " and ")
			}
			key := fmt.Sprint(path, cc.Path, cc.Line, msg) // once for the package and its test variant
			if r.seen == nil {
				r.seen = make(map[string]bool)
			}
			if r.seen[key] {
				continue
			}
			r.seen[key] = true
			d := analysis.Diagnostic{Pos: cc.Pos, End: cc.End, Message: msg}
			if u.At.IsValid() {
				d.Related = append(d.Related, analysis.RelatedInformation{Pos: u.At, Message: "the client is made here"})
			}
			if state(cc.Ctx.State) == unbounded && cc.Ctx.At.IsValid() && cc.Ctx.At != cc.Pos {
				what := cc.CtxMade
				if what == "" {
					what = "the context comes from here"
				}
				d.Related = append(d.Related, analysis.RelatedInformation{Pos: cc.Ctx.At, Message: what})
			}
			h := hint(outcome{proto: cc.Proto, limitKind: cc.LimitKind, with: cc.With})
			r.out = append(r.out, found{path: path, d: d, hint: h, incoming: state(cc.Ctx.State) == incoming})
		}
	}
}
