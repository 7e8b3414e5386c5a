package notimeout

import (
	"cmp"
	_ "embed"
	"fmt"
	"go/ast"
	"go/build"
	"go/token"
	"go/types"
	"math"
	"reflect"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/boundcheck/boundcheck/analyzers/check"
	"github.com/boundcheck/boundcheck/model"
	"github.com/boundcheck/boundcheck/rules"
	"github.com/boundcheck/boundcheck/rules/catalog"
)

//go:embed doc.go
var docSource string

// Check is the notimeout check: an analyzer on each package, which also
// runs under go vet, and a whole-program step that judges the calls on
// incoming request contexts per service.
var Check = &check.Check{
	Name:       name,
	Doc:        docText,
	Analyzer:   New,
	Program:    program,
	NeedsModel: true,
}

const name = "notimeout"

var docText = doc()

// New returns the notimeout analyzer. The rule set is not consulted per
// package; Resolve uses it to judge incoming request contexts per service.
func New(set *rules.Set) *analysis.Analyzer {
	_ = set
	progs := newPrograms()
	return &analysis.Analyzer{
		Name:       name,
		Doc:        docText,
		URL:        "https://github.com/boundcheck/boundcheck#" + name,
		FactTypes:  []analysis.Fact{new(SinkFact), new(CallbackFact), new(packageFact)},
		ResultType: reflect.TypeOf((*Result)(nil)),
		// A package with errors is passed over (run), so that the
		// packages importing it are checked all the same.
		RunDespiteErrors: true,
		Run:              func(pass *analysis.Pass) (any, error) { return run(pass, progs) },
	}
}

// doc is doc.go's text and the list of libraries trusted for their default
// timeouts, so that `boundcheck explain notimeout` shows both.
func doc() string {
	var b strings.Builder
	b.WriteString(check.DocFromSource(docSource))
	b.WriteString("\nLibraries whose calls are limited by their defaults, and not reported:\n\n")
	for _, d := range catalog.LibraryDefaults {
		fmt.Fprintf(&b, "  - %s: %s\n", d.Library, d.Default)
	}
	return b.String()
}

// A SinkFact lists the parameters of a function that reach an outbound
// call with no other limit: the function is as bounded as what its callers
// pass in them.
type SinkFact struct {
	Params []SinkParam
}

// A SinkParam is one parameter of a function that reaches outbound calls.
type SinkParam struct {
	Index int    // in the signature, receiver excluded
	Kind  string // what it carries: "ctx", "request", "gorm" or "sqltx"
	// Reaches are the outbound calls it reaches, in file and line order;
	// at most maxReaches.
	Reaches []Reach
	// Conn, for a gRPC call, is 1 + the index of the parameter that
	// carries the client or connection, 0 if it does not come from one: a
	// caller that passes a connection with a timeout interceptor is bounded.
	Conn int
}

// A Reach is one outbound call that a sink parameter reaches.
type Reach struct {
	Call string // "(*http.Client).Do"
	Uses string // what else leaves the call unlimited, as a phrase; may be empty
	// Path is the file of the call, Line and Col its position: a fact
	// holds no token.Pos, which means nothing outside the process (go
	// vet) that made it.
	Path      string
	Line, Col int
	Pkg       string // the import path of the call's package
	// If is what the whole program must show for the call to be
	// outbound, "" when nothing: "gokit:SET" for a call of an endpoint of
	// go-kit's set SET (catalog.EndpointSet), which a server fills with
	// the service's own code and a client with remote calls.
	If string
}

// maxReaches bounds the outbound calls a sink parameter keeps: a finding
// names them all, and a handler that reaches more has a message long
// enough already.
const maxReaches = 16

// addReaches merges rs into p's reaches and reports whether any was new.
func (p *SinkParam) addReaches(rs []Reach) bool {
	added := false
	for _, r := range rs {
		i, found := slices.BinarySearchFunc(p.Reaches, r, compareReach)
		if found || len(p.Reaches) >= maxReaches {
			continue
		}
		p.Reaches = slices.Insert(slices.Clip(p.Reaches), i, r) // never into a shared array
		added = true
	}
	return added
}

func compareReach(a, b Reach) int {
	return cmp.Or(strings.Compare(a.Path, b.Path), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Col, b.Col), strings.Compare(a.Call, b.Call))
}

// reachText names the outbound calls a sink parameter reaches, for the
// message: "(*http.Client).Do at rpc.go:32, which uses …", with every
// call named when there are several.
func reachText(rs []Reach) string {
	var b strings.Builder
	if len(rs) > 1 {
		fmt.Fprintf(&b, "%d outbound calls: ", len(rs))
	}
	for i, r := range rs {
		if i > 0 {
			b.WriteString("; ")
		}
		fmt.Fprintf(&b, "%s at %s:%d", r.Call, check.BaseName(r.Path), r.Line)
		if r.Uses != "" {
			b.WriteString(", which uses " + r.Uses)
		}
	}
	return b.String()
}

func (*SinkFact) AFact() {}

func (f *SinkFact) String() string {
	var b strings.Builder
	b.WriteString("sink(")
	for i, p := range f.Params {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%d %s →", p.Index, p.Kind)
		for _, r := range p.Reaches {
			b.WriteString(" " + r.Call)
		}
	}
	b.WriteString(")")
	return b.String()
}

// packageFact marks a package that has functions with a SinkFact, so that
// its importers do not take the fast path.
type packageFact struct{}

func (*packageFact) AFact()         {}
func (*packageFact) String() string { return "has sinks" }

// Result is what the analyzer leaves for the whole-program step: the calls
// that use an incoming HTTP request's context, and whether the package
// installs middleware that puts a deadline on requests.
type Result struct {
	Pending    []Pending
	Middleware bool
	// For the whole-program step, which follows calls through interfaces:
	// the package's sinks, its calls that pass a context (or request,
	// *gorm.DB, transaction) without a known limit, and the named types it
	// makes outside tests (the implementations an interface call can reach).
	Sinks map[*types.Func][]SinkParam
	Sites []Site
	Made  []Made
	// Refs are the functions the package names outside tests: a type made
	// only by a constructor that only tests call is not part of the program.
	Refs map[*types.Func]bool
	// GinFallback: the package sets gin's Engine.ContextWithFallback, so a
	// *gin.Context used as a context.Context carries the request's deadline.
	GinFallback bool
	// ServerDeadline: the package declares a gRPC server interceptor that
	// sets a deadline, so the service's handlers may have one.
	ServerDeadline bool
	// For clients from elsewhere (clients.go): the calls that wait on a
	// client that comes through holes, the clients the package feeds into
	// holes, the parameters its functions set a timeout on, and the
	// functions it uses as values.
	ClientCalls []ClientCall
	Feeds       []ClientFeed
	Tunes       map[Hole]bool
	Values      map[string]bool
	// Full: the package was analysed in full, not skipped by the fast
	// path, so its feeds are recorded.
	Full bool
}

// A Pending is a finding that holds unless the service installs a timeout
// middleware.
type Pending struct {
	Diagnostic analysis.Diagnostic // Message lacks the service clause and hint
	Hint       string
	// GinContext: the context is a *gin.Context, which timeout middleware
	// bounds only in a service that sets ContextWithFallback.
	GinContext bool
	// Handler is the named function or method whose request it is, or
	// HandlerLit the position of the function literal, when known: the
	// model names the endpoints it serves, whose callers decide.
	Handler    *types.Func
	HandlerLit token.Pos
	// If, when set, are the conditions (Reach.If) of every outbound call
	// the finding is about: it holds only when the whole program shows
	// one of them. Unbounded: its context has no deadline whatever the
	// service installs (context.Background), so only If is judged.
	If        []string
	Unbounded bool
	// Services are the services of its package it is about, when not
	// all: those whose go-kit clients its calls are (If).
	Services []string
}

type checker struct {
	pass *analysis.Pass
	flow *flow
	memo map[memoKey]verdict
	// judging holds the values eval is judging, by depth; lowest is the
	// least depth of one met again while being judged (math.MaxInt: none).
	judging map[memoKey]int
	lowest  int
	sinks   map[*ssa.Function][]SinkParam
	sites   map[*ssa.Function][]site
	seen    map[string]bool
	result  *Result
	diags   []analysis.Diagnostic
	calls   map[token.Pos]*ast.CallExpr // by Lparen, built on first use
	pairs   map[*ssa.Function][]CallbackPair
	named   map[*types.Func]*ssa.Function // the package's named functions and methods
	// quietFiles are the _test.go and generated files: facts come from
	// them, findings do not (a test that hangs is no cascade, and generated
	// code is fixed where it is generated).
	quietFiles map[*token.File]bool
	pkgs       map[string]*types.Package // the package's imports, transitively, by path
	// sinkFindings are the findings at calls into sinks, made at the end
	// (later); laterIndex finds one by call, callee and verdict.
	sinkFindings []sinkFinding
	laterIndex   map[string]int
	files        map[string]*token.File // the file set's files by name, built on first use
}

// A site is a call in fn, kept to revisit when its callee turns out to be
// a sink.
type site struct {
	fn   *ssa.Function
	call ssa.CallInstruction
}

func run(pass *analysis.Pass, progs *programs) (any, error) {
	res := new(Result)
	if catalog.IsLibrary(pass.Pkg.Path()) || inGOROOT(pass) {
		return res, nil
	}
	if len(pass.TypeErrors) > 0 {
		// Its errors are reported with their positions; SSA needs
		// well-typed code. What it would say of its functions (facts) is
		// not known to its importers, which are checked without it.
		return res, nil
	}
	res.ServerDeadline = serverDeadline(pass)
	res.Middleware = httpServerDeadline(pass.Pkg)
	switch relevant(pass, res) {
	case skip:
		recordMade(pass, res)
		return res, nil
	case passesOn:
		recordSyntax(pass, res)
		return res, nil
	}
	res.Full = true
	pkg, funcs := progs.build(pass)
	c := &checker{
		pass:   pass,
		flow:   newFlow(pkg, funcs),
		memo:   make(map[memoKey]verdict),
		lowest: math.MaxInt,
		sinks:  make(map[*ssa.Function][]SinkParam),
		sites:  make(map[*ssa.Function][]site),
		seen:   make(map[string]bool),
		result: res,
		pairs:  make(map[*ssa.Function][]CallbackPair),
		named:  make(map[*types.Func]*ssa.Function),
	}
	for _, fn := range funcs {
		if obj, ok := fn.Object().(*types.Func); ok && fn.Parent() == nil {
			c.named[obj] = fn
		}
	}
	for _, fn := range funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				c.valuesOf(instr)
				switch instr := instr.(type) {
				case ssa.CallInstruction:
					c.visit(fn, instr, true)
					c.feedCall(instr)
				case *ssa.Store:
					c.feedStore(instr)
					c.disabledTimeout(instr)
					if ginFallback(instr) {
						res.GinFallback = true
					}
				case *ssa.MakeInterface:
					// A value put in an interface is what an interface
					// call may reach, however it was made (var ep T).
					c.made(fn, instr.X.Type(), instr.Pos())
				case *ssa.Alloc:
					// A composite literal or new(T) makes a value; a
					// variable's slot, such as a receiver a closure
					// captures, does not.
					if instr.Comment == "complit" || instr.Comment == "new" {
						c.made(fn, instr.Type(), instr.Pos())
					}
				}
			}
		}
	}
	for _, fn := range funcs {
		c.feedResults(fn)
		c.tunes(fn)
	}
	c.functionValues(funcs)
	c.flushSinkFindings()
	c.exportFacts(funcs)
	slices.SortStableFunc(c.diags, func(a, b analysis.Diagnostic) int { return int(a.Pos - b.Pos) })
	for _, d := range c.diags {
		pass.Report(d)
	}
	return res, nil
}

// inGOROOT reports whether the package is part of the standard library,
// which go vet also hands to the analyzer.
func inGOROOT(pass *analysis.Pass) bool {
	if len(pass.Files) == 0 {
		return true
	}
	return underGOROOT(pass.Fset.File(pass.Files[0].Pos()).Name())
}

// underGOROOT reports whether the file name is in the Go distribution.
func underGOROOT(name string) bool {
	root := strings.TrimRight(build.Default.GOROOT, `/\`)
	return root != "" && len(name) > len(root) && strings.HasPrefix(name, root) && strings.ContainsAny(name[len(root):len(root)+1], `/\`)
}

// relevant is the fast path: a package that uses no catalogued function,
// no method an interface of the catalog's types could stand for, and no
// function with sinks, has nothing to judge, and no SSA is built for it.
// On the way it records in res the functions the package names outside
// tests.
func relevant(pass *analysis.Pass, res *Result) relevance {
	sinky := make(map[*types.Package]bool)
	for _, imp := range pass.Pkg.Imports() {
		sinky[imp] = pass.ImportPackageFact(imp, new(packageFact))
	}
	r := skip
	for _, obj := range pass.TypesInfo.Defs {
		if f, ok := obj.(*types.Func); ok && (runsCallback(f) || takesCallback(f)) {
			r = full // it may pass a context to a callback: a CallbackFact
			break
		}
	}
	quiet := &checker{pass: pass}
	for id, obj := range pass.TypesInfo.Uses {
		switch obj := obj.(type) {
		case *types.Func:
			if obj.Pkg() != nil && !quiet.quiet(id.Pos()) {
				if res.Refs == nil {
					res.Refs = make(map[*types.Func]bool)
				}
				res.Refs[obj.Origin()] = true
			}
			if r == full {
				continue
			}
			std := inGOROOTPos(pass, obj.Pos())
			switch {
			case uses(pass, obj, sinky), runsCallback(obj) && !std, isWithContext(obj), catalog.IsMongoConnect(obj):
				r = full
			case r == skip && passesSinkKind(obj) && (obj.Pkg() != pass.Pkg || isMethodOfInterface(obj)) && !std:
				r = passesOn
			}
		case *types.Var:
			if r != full && obj.IsField() && obj.Pkg() != nil && catalog.IsDisabledTimeoutField(obj.Pkg().Path(), obj.Name()) {
				r = full
			}
			if r != full && obj.IsField() && catalog.IsGoKitEndpoint(obj.Type()) {
				r = full // it may call a client's endpoint (goKitEndpoint)
			}
			if n, ok := types.Unalias(obj.Type()).(*types.Named); r != full && obj.IsField() && ok && catalog.IsElasticAPI(n.Obj().Pkg()) {
				r = full // it may call an Elasticsearch API (elasticCall)
			}
			if r != full && clientKind(obj.Type()) != "" {
				r = full // it may hand a client on (clients.go)
			}
		case *types.TypeName:
			if clientKind(obj.Type()) != "" {
				r = full // it may make a client, or hand one on (clients.go)
			}
		}
	}
	return r
}

const withContext = "(*net/http.Request).WithContext"

func isWithContext(f *types.Func) bool {
	return f.Name() == "WithContext" && f.Pkg() != nil && f.Pkg().Path() == catalog.NetHTTPPath && f.FullName() == withContext
}

// reattachesDeadline recognises a timeout middleware written in the
// service itself: it puts a context with a deadline back on the request it
// serves (next.ServeHTTP(w, r.WithContext(ctx)), c.SetRequest(c.Request().WithContext(ctx))).
func (c *checker) reattachesDeadline(call ssa.CallInstruction, f *types.Func) bool {
	if !isWithContext(f) {
		return false
	}
	as := args(call.Common())
	return len(as) == 1 && c.request(receiver(call.Common())).state == incoming && c.context(as[0]).state == bounded
}

// relevance is how much of the analysis a package needs.
type relevance int

const (
	skip     relevance = iota // nothing it uses can go out
	passesOn                  // it only passes contexts on to other packages or through interfaces
	full                      // it uses outbound calls or sinks
)

// uses reports whether a use of fn needs the full analysis. It looks at
// the package first, so that most uses cost a map lookup.
func uses(pass *analysis.Pass, fn *types.Func, sinky map[*types.Package]bool) bool {
	pkg := fn.Pkg()
	if pkg == nil {
		return false
	}
	if len(catalog.ByMethod(fn.Name())) > 0 && isMethodOfInterface(fn) {
		// A method a catalogued type may stand behind, even when the
		// interface is declared here or in a package with sinks of its
		// own (type QueryEngine interface { Exec(ctx, ...) }).
		return true
	}
	if pkg == pass.Pkg {
		return false // a local function matters only for what its body calls
	}
	if _, known := sinky[pkg]; !known {
		// A package this one does not import itself: a method of a
		// value it reaches through another (client.Schema.Create, with
		// client from package ent and Schema from ent/migrate).
		sinky[pkg] = pass.ImportPackageFact(pkg, new(packageFact))
	}
	if catalog.IsGRPCClientMethod(fn) {
		// A generated client's method, judged where it is called,
		// whatever else its package holds (grpc-gateway's handlers give
		// it sinks of its own).
		return true
	}
	if sinky[pkg] {
		return pass.ImportObjectFact(fn, new(SinkFact))
	}
	if programOutbound(fn) != nil {
		return true
	}
	if !catalog.InCatalog(pkg.Path()) {
		return catalog.IsGRPCClientMethod(fn)
	}
	if pkg.Path() == catalog.GRPCPath {
		return true // Dial and its options
	}
	return catalog.OutboundCall(fn) != nil || catalog.IsDeadlineMiddleware(fn) || catalog.IsGRPCClientMethod(fn)
}

// passesSinkKind reports whether fn takes a context, request, *gorm.DB or
// transaction.
func passesSinkKind(fn *types.Func) bool {
	sig, ok := fn.Type().(*types.Signature)
	if !ok {
		return false
	}
	for i := 0; i < sig.Params().Len(); i++ {
		if kindOf(sig.Params().At(i).Type()) != "" {
			return true
		}
	}
	return false
}

func isMethodOfInterface(fn *types.Func) bool {
	sig, ok := fn.Type().(*types.Signature)
	return ok && sig.Recv() != nil && types.IsInterface(sig.Recv().Type())
}

// inGOROOTPos reports whether pos is in the standard library: its
// functions that take a context are in the catalog or reach nothing.
func inGOROOTPos(pass *analysis.Pass, pos token.Pos) bool {
	f := pass.Fset.File(pos)
	return f != nil && underGOROOT(f.Name())
}

// visit judges one call. first is false when a site is revisited because
// its callee became a sink.
func (c *checker) visit(fn *ssa.Function, call ssa.CallInstruction, first bool) {
	common := call.Common()
	f := callee(common)
	if f == nil {
		if first {
			c.goKitEndpoint(fn, call)
			c.elasticCall(fn, call)
		}
		return
	}
	if first && (catalog.IsDeadlineMiddleware(f) || c.reattachesDeadline(call, f)) {
		c.result.Middleware = true
	}
	if o := programOutbound(f); o != nil {
		if first {
			c.outbound(fn, call, f, o)
		}
		return
	}
	if first {
		c.clientInvoke(fn, call, f)
	}
	if o := c.viaInterface(common, f); o != nil {
		if first {
			c.outbound(fn, call, f, o)
		}
		return
	}
	if m := c.gormFacade(common, f); m != nil {
		if o := catalog.OutboundCall(m); o != nil {
			if first {
				c.outbound(fn, call, m, o)
			}
			return
		}
	}
	if catalog.IsGRPCClientMethod(f) {
		if first {
			c.outbound(fn, call, f, &catalog.Outbound{Func: f.FullName(), Protocol: "grpc", Ctx: 0, Request: -1, Limit: catalog.LimitGRPCConn})
		}
		return
	}
	if first && f.Pkg() != nil && f.Pkg().Path() == catalog.GRPCPath && (f.Name() == "Dial" || f.Name() == "DialContext") {
		c.grpcDial(fn, call, f)
		return
	}
	if first {
		c.record(fn, call, f)
	}
	if static := staticCallee(common); static != nil && static.Pkg == c.flow.pkg && len(static.Blocks) > 0 {
		if first {
			c.sites[static] = append(c.sites[static], site{fn, call})
		}
		if ps := c.sinks[static]; len(ps) > 0 {
			c.sinkCall(fn, call, f, ps)
		}
		return
	}
	if f.Pkg() != nil && f.Pkg() != c.pass.Pkg {
		var fact SinkFact
		if c.pass.ImportObjectFact(f, &fact) {
			c.sinkCall(fn, call, f, fact.Params)
		}
	}
}

// programOutbound returns the outbound call f makes: a catalogued
// library function, or a function of generated code in the program (ent's
// builders, sqlboiler's models), tried in that order, each only when the
// one before says nothing.
func programOutbound(f *types.Func) *catalog.Outbound {
	if o := catalog.OutboundCall(f); o != nil {
		return o
	}
	if o := catalog.EntCall(f); o != nil {
		return o
	}
	return catalog.SQLBoilerCall(f)
}

// outbound judges a catalogued outbound call.
func (c *checker) outbound(fn *ssa.Function, call ssa.CallInstruction, f *types.Func, o *catalog.Outbound) {
	common := call.Common()
	as := args(common)
	recv := receiver(common)
	limit := verdict{state: unbounded}
	conn := 0
	subject, fixTo := true, ""
	var ctx *verdict
	set := func(v verdict) { ctx = &v }
	switch o.Limit {
	case catalog.LimitHTTPClient:
		limit = c.httpClient(recv)
	case catalog.LimitDialer:
		d := recv
		if d == nil && len(as) > 0 {
			d = as[0] // tls.DialWithDialer(dialer, ...)
		}
		limit = c.dialer(d)
	case catalog.LimitRetryable:
		limit = c.retryable(recv)
	case catalog.LimitGRPCConn:
		if c.grpcConn(recv, 0) {
			return
		}
		conn = c.grpcConnParam(recv, 0)
	case catalog.LimitMongoClient:
		limit = c.mongoClient(recv, 0)
	case catalog.LimitGorm:
		set(c.gorm(recv))
	case catalog.LimitSQLTx:
		set(c.sqlTx(recv))
	case catalog.LimitRestyRequest:
		var x verdict
		limit, x = c.restyRequest(recv)
		set(x)
	}
	if limit.state == unknown {
		c.clientCall(fn, call, f, o, recv) // the whole program may know the client
	}
	if limit.state != unbounded {
		return // limited, or it may be
	}
	if ctx == nil {
		var v verdict
		v, subject, fixTo = c.callContext(f, o, as)
		set(v)
	}
	c.conclude(fn, call, *ctx, outcome{
		call:      shortName(f),
		limit:     limit,
		proto:     o.Protocol,
		limitKind: o.Limit,
		subject:   subject,
		with:      o.WithContext,
		fixTo:     fixTo,
		conn:      conn,
	})
}

// callContext judges the context of a catalogued call from its arguments:
// its context, its request's, or none. subject: the message starts with
// the call's name; fixTo: the variant with a context a fix may switch to.
func (c *checker) callContext(f *types.Func, o *catalog.Outbound, as []ssa.Value) (v verdict, subject bool, fixTo string) {
	switch {
	case o.Ctx >= 0 && o.Ctx < len(as):
		return c.context(as[o.Ctx]), true, ""
	case o.Request >= 0 && o.Request < len(as):
		return c.request(as[o.Request]), true, ""
	}
	why := o.Default
	if why == "" {
		why = "no context"
	}
	if o.WithContext != "" && contextVariant(f, o.WithContext) {
		fixTo = o.WithContext
	}
	return noLimit(why, token.NoPos), o.Default == "", fixTo
}

// An outcome describes the outbound call a verdict is about.
type outcome struct {
	call    string  // the outbound call, "(*http.Client).Do"
	limit   verdict // what its client contributes; why may be empty
	proto   string
	subject bool    // the message starts with the call's name
	with    string  // the variant with a context, for the hint
	via     string  // a sink: the function called with the value
	reaches []Reach // a sink: the outbound calls the value reaches
	kind    string  // a sink: the parameter's kind
	conn    int     // gRPC: 1 + the parameter the client comes from, or 0
	// limitKind is what else could limit the call (a resty client, a
	// *gorm.DB), for the hint.
	limitKind catalog.Limit
	// fixTo is the variant with a context that takes the same arguments
	// after it, when the suggested fix may switch to it.
	fixTo string
	// cond is the call's Reach.If.
	cond string
}

// conclude acts on the verdict about the value that decides an outbound
// call: report it, make fn a sink, or leave it for the whole-program step.
func (c *checker) conclude(fn *ssa.Function, call ssa.CallInstruction, v verdict, out outcome) {
	switch v.state {
	case param:
		if within(fn, v.fn) {
			c.addSink(v.fn, SinkParam{Index: v.index, Kind: v.kind, Reaches: c.reachesOf(call, out), Conn: out.conn})
		} else if v.kind == kindGorm {
			// A *gorm.DB another function stored (a repository's
			// constructor): no WithContext on its chain here.
			c.conclude(fn, call, noLimit("a *gorm.DB with no WithContext", token.NoPos), out)
		}
	case incoming, unbounded:
		if out.via != "" {
			// The sink may reach more calls once the rest of the package
			// is seen: the finding is made at the end, naming them all.
			c.later(fn, call, v, out)
			return
		}
		c.report(fn, call, v, out)
	}
}

// reachesOf returns the outbound calls out reaches: those of the sink it
// goes through, or the call itself.
func (c *checker) reachesOf(call ssa.CallInstruction, out outcome) []Reach {
	if out.via != "" {
		return slices.Clone(out.reaches)
	}
	pos := c.pass.Fset.Position(call.Pos())
	return []Reach{{Call: out.call, Uses: out.limit.why, Path: pos.Filename, Line: pos.Line, Col: pos.Column, Pkg: c.pass.Pkg.Path(), If: out.cond}}
}

// conditional splits the outbound calls a finding is about: when some
// hold whatever the program does, the finding is about them alone;
// when all hold only on a condition (Reach.If), it returns the
// conditions, for the whole program to judge.
func (c *checker) conditional(out *outcome, call ssa.CallInstruction) []string {
	rs := c.reachesOf(call, *out)
	var conds []string
	var sure []Reach
	for _, r := range rs {
		if r.If == "" {
			sure = append(sure, r)
		} else if !slices.Contains(conds, r.If) {
			conds = append(conds, r.If)
		}
	}
	if len(conds) == 0 {
		return nil
	}
	if len(sure) > 0 && out.via != "" {
		out.reaches = sure
		return nil
	}
	slices.Sort(conds)
	return conds
}

// A sinkFinding is a call that hands a value without a limit to a sink,
// reported once the package's sinks are all known.
type sinkFinding struct {
	fn   *ssa.Function
	call ssa.CallInstruction
	v    verdict
	out  outcome
}

// later keeps a finding at a call into a sink for the end of the run,
// merging the calls it reaches with those of an earlier visit.
func (c *checker) later(fn *ssa.Function, call ssa.CallInstruction, v verdict, out outcome) {
	key := fmt.Sprint(call.Pos(), "\x00", out.via, "\x00", out.kind, "\x00", v.state, "\x00", v.why)
	if i, ok := c.laterIndex[key]; ok {
		p := SinkParam{Reaches: c.sinkFindings[i].out.reaches}
		p.addReaches(out.reaches)
		c.sinkFindings[i].out.reaches = p.Reaches
		return
	}
	if c.laterIndex == nil {
		c.laterIndex = make(map[string]int)
	}
	c.laterIndex[key] = len(c.sinkFindings)
	out.reaches = slices.Clone(out.reaches)
	c.sinkFindings = append(c.sinkFindings, sinkFinding{fn, call, v, out})
}

// flushSinkFindings reports the findings kept by later.
func (c *checker) flushSinkFindings() {
	for _, f := range c.sinkFindings {
		c.report(f.fn, f.call, f.v, f.out)
	}
	c.sinkFindings, c.laterIndex = nil, nil
}

// report makes the finding for a call without a limit: at once, or, on an
// incoming request's context, pending the whole-program step.
func (c *checker) report(fn *ssa.Function, call ssa.CallInstruction, v verdict, out outcome) {
	if conds := c.conditional(&out, call); conds != nil {
		d := c.diagnostic(fn, call, v, out)
		if c.quiet(d.Pos) {
			return
		}
		p := Pending{Diagnostic: d, Hint: hint(out), If: conds, Unbounded: v.state == unbounded}
		if v.state == incoming {
			c.pendingHandler(&p, v)
		}
		c.result.Pending = append(c.result.Pending, p)
		return
	}
	switch v.state {
	case incoming:
		d := c.diagnostic(fn, call, v, out)
		if c.quiet(d.Pos) {
			return
		}
		p := Pending{Diagnostic: d, Hint: hint(out)}
		c.pendingHandler(&p, v)
		c.result.Pending = append(c.result.Pending, p)
	case unbounded:
		d := c.diagnostic(fn, call, v, out)
		if c.quiet(d.Pos) {
			return
		}
		d.Message += "; " + hint(out)
		key := fmt.Sprint(d.Pos, d.Message)
		if !c.seen[key] {
			c.seen[key] = true
			c.diags = append(c.diags, d)
		}
	}
}

// pendingHandler fills in what p, on an incoming request's context v,
// needs of the handler whose request it is.
func (c *checker) pendingHandler(p *Pending, v verdict) {
	p.GinContext = v.gin
	if h := v.handler; h != nil {
		if obj, ok := h.Object().(*types.Func); ok && h.Parent() == nil {
			p.Handler = obj.Origin()
		} else if h.Parent() != nil && h.Synthetic == "" {
			p.HandlerLit = h.Pos()
		}
	}
}

// goKitEndpoint judges a call of a go-kit endpoint read from a set of
// endpoints (e.SumEndpoint(ctx, req) in Set.Sum): a remote call when a
// client made the endpoint, which the whole program tells (Reach.If).
// A go-kit client endpoint sets no deadline of its own, so the context
// decides. An endpoint handed in as a parameter (a middleware's next) is
// not judged here: its caller's set is.
func (c *checker) goKitEndpoint(fn *ssa.Function, call ssa.CallInstruction) {
	common := call.Common()
	if common.IsInvoke() || len(common.Args) < 1 || !catalog.IsGoKitEndpoint(common.Value.Type()) {
		return
	}
	set, field := endpointField(common.Value)
	if set == "" {
		return
	}
	short := set[strings.LastIndexByte(set, '/')+1:]
	c.conclude(fn, call, c.context(common.Args[0]), outcome{
		call:    "the go-kit endpoint " + short + "." + field,
		limit:   verdict{state: unbounded, why: "a go-kit client, which sets no deadline of its own"},
		proto:   "grpc",
		subject: true,
		cond:    "gokit:" + set,
	})
}

// elasticCall judges a call of a go-elasticsearch API, a field of the
// client of a function type of package esapi (es.Search(...)): the
// context is the one its WithContext option among the call's arguments
// gives, none without one; the client's default transport sets no
// timeout. A call that passes a slice of options (opts...) is not judged.
func (c *checker) elasticCall(fn *ssa.Function, call ssa.CallInstruction) {
	common := call.Common()
	if common.IsInvoke() {
		return
	}
	named, ok := types.Unalias(common.Value.Type()).(*types.Named)
	if !ok || !catalog.IsElasticAPI(named.Obj().Pkg()) {
		return
	}
	if _, ok := named.Underlying().(*types.Signature); !ok {
		return
	}
	ce := c.callExpr(call.Pos())
	if ce == nil || ce.Ellipsis.IsValid() {
		return
	}
	var ctx *verdict
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			opt, ok := instr.(*ssa.Call)
			if !ok || opt.Pos() <= ce.Lparen || opt.Pos() >= ce.Rparen {
				continue
			}
			if f := callee(opt.Common()); f != nil && f.Name() == "WithContext" && catalog.IsElasticAPI(f.Pkg()) && len(opt.Common().Args) == 2 {
				v := c.context(opt.Common().Args[1])
				ctx = &v
			}
		}
	}
	if ctx == nil {
		v := noLimit("no context (no WithContext option)", token.NoPos)
		ctx = &v
	}
	c.conclude(fn, call, *ctx, outcome{
		call:    "the Elasticsearch API " + named.Obj().Name(),
		limit:   verdict{state: unbounded, why: "a client whose default transport has no timeout"},
		proto:   "elasticsearch",
		subject: true,
	})
}

// endpointField returns the set of endpoints (catalog.EndpointSet) and
// the field that v, an endpoint, is read from; "", "" when it is not read
// from a field of one.
func endpointField(v ssa.Value) (set, field string) {
	var st types.Type
	var idx int
	switch v := v.(type) {
	case *ssa.UnOp:
		fa, ok := v.X.(*ssa.FieldAddr)
		if !ok {
			return "", ""
		}
		st, idx = fa.X.Type(), fa.Field
	case *ssa.Field:
		st, idx = v.X.Type(), v.Field
	default:
		return "", ""
	}
	set = catalog.EndpointSet(st)
	if set == "" {
		return "", ""
	}
	if p, ok := st.Underlying().(*types.Pointer); ok {
		st = p.Elem()
	}
	s, ok := st.Underlying().(*types.Struct)
	if !ok || idx >= s.NumFields() {
		return "", ""
	}
	return set, s.Field(idx).Name()
}

// addSink records that parameter p of fn reaches outbound calls, and
// revisits fn's callers when that is news.
func (c *checker) addSink(fn *ssa.Function, p SinkParam) {
	ps := c.sinks[fn]
	if i := slices.IndexFunc(ps, func(q SinkParam) bool { return q.Index == p.Index }); i >= 0 {
		if !ps[i].addReaches(p.Reaches) {
			return
		}
		p = ps[i]
	} else {
		q := SinkParam{Index: p.Index, Kind: p.Kind, Conn: p.Conn}
		q.addReaches(p.Reaches)
		p = q
		c.sinks[fn] = append(ps, p)
	}
	for _, s := range c.sites[fn] {
		c.visit(s.fn, s.call, false)
	}
	if fn.Parent() != nil && p.Kind == kindCtx {
		c.callbackSink(fn, p)
	}
}

// sinkCall judges the arguments of a call to a function whose parameters
// reach outbound calls.
func (c *checker) sinkCall(fn *ssa.Function, call ssa.CallInstruction, f *types.Func, ps []SinkParam) {
	as := args(call.Common())
	for _, p := range ps {
		eval := evaluators[p.Kind]
		if eval == nil || p.Index >= len(as) {
			continue
		}
		conn := 0
		if p.Conn > 0 && p.Conn <= len(as) {
			if c.grpcConn(as[p.Conn-1], 0) {
				continue // the caller's connection has a timeout interceptor
			}
			conn = c.grpcConnParam(as[p.Conn-1], 0)
		}
		c.conclude(fn, call, eval(c, as[p.Index]), outcome{
			conn:    conn,
			proto:   "sink",
			via:     shortName(f),
			reaches: p.Reaches,
			kind:    p.Kind,
		})
	}
}

// diagnostic builds the finding for an unlimited call, without its hint.
func (c *checker) diagnostic(fn *ssa.Function, call ssa.CallInstruction, v verdict, out outcome) analysis.Diagnostic {
	d := analysis.Diagnostic{Pos: call.Pos()}
	if ce := c.callExpr(call.Pos()); ce != nil {
		d.Pos, d.End = c.callStart(ce), ce.End()
	} else if !d.Pos.IsValid() {
		d.Pos = fn.Pos()
	}
	why := v.why
	if v.state == incoming {
		why = incomingWhy
	}
	var msg string
	if out.via != "" {
		msg = fmt.Sprintf("%s is given %s; it reaches %s", out.via, why, reachText(out.reaches))
	} else {
		var uses []string
		if out.limit.why != "" {
			uses = append(uses, out.limit.why)
			if out.limit.pos.IsValid() && out.limit.pos != call.Pos() {
				d.Related = append(d.Related, analysis.RelatedInformation{Pos: out.limit.pos, Message: "the client is made here"})
			}
		}
		if why != "" {
			uses = append(uses, why)
		}
		if out.subject {
			msg = out.call + " uses " + strings.Join(uses, " and ")
		} else {
			msg = why
		}
	}
	if v.state == unbounded && v.pos.IsValid() && v.pos != call.Pos() {
		what := v.made
		if what == "" {
			what = "the context comes from here"
		}
		d.Related = append(d.Related, analysis.RelatedInformation{Pos: v.pos, Message: what})
	}
	if lost := lostDeadline(fn, call.Pos()); lost != nil && v.state == unbounded {
		line := c.pass.Fset.Position(lost.Pos()).Line
		what := "is never passed on"
		if discarded(lost) {
			what = "is discarded"
		}
		msg += fmt.Sprintf(" (the context from %s on line %d %s)", shortName(callee(lost.Common())), line, what)
		d.Related = append(d.Related, analysis.RelatedInformation{Pos: lost.Pos(), Message: "this deadline does not reach the call"})
	}
	d.Related = append(d.Related, c.reachRelated(out.reaches)...)
	d.Message = msg
	if fix, ok := c.fix(fn, call, v, out); ok {
		d.SuggestedFixes = []analysis.SuggestedFix{fix}
	}
	return d
}

// reachRelated returns a related position for each outbound call of rs
// whose file the analysis has loaded (under go vet, another package's
// files are not: the message still names them).
func (c *checker) reachRelated(rs []Reach) []analysis.RelatedInformation {
	if c.files == nil {
		c.files = fileIndex(c.pass.Fset)
	}
	return reachRelated(c.files, rs)
}

// reachRelated returns a related position for each outbound call of rs
// whose file is among files.
func reachRelated(files map[string]*token.File, rs []Reach) []analysis.RelatedInformation {
	var out []analysis.RelatedInformation
	for _, r := range rs {
		if pos := reachPos(files[r.Path], r); pos.IsValid() {
			out = append(out, analysis.RelatedInformation{Pos: pos, Message: "it reaches " + r.Call + " here"})
		}
	}
	return out
}

// fileIndex maps the names of a file set's files to them.
// The index is kept for the last file set: in a whole-program run every
// package shares one, and building it per package would cost packages ×
// files. A file set that grew since (its Base moved) is indexed again.
func fileIndex(fset *token.FileSet) map[string]*token.File {
	lastIndex.Lock()
	defer lastIndex.Unlock()
	if lastIndex.fset == fset && lastIndex.base == fset.Base() {
		return lastIndex.files
	}
	files := make(map[string]*token.File)
	fset.Iterate(func(f *token.File) bool {
		files[f.Name()] = f
		return true
	})
	lastIndex.fset, lastIndex.base, lastIndex.files = fset, fset.Base(), files
	return files
}

var lastIndex struct {
	sync.Mutex
	fset  *token.FileSet
	base  int
	files map[string]*token.File // read only once built
}

// reachPos returns r's position in f, or token.NoPos.
func reachPos(f *token.File, r Reach) token.Pos {
	if f == nil || r.Line < 1 || r.Line > f.LineCount() {
		return token.NoPos
	}
	pos := f.LineStart(r.Line)
	if r.Col > 1 && f.Offset(pos)+r.Col-1 <= f.Size() {
		pos += token.Pos(r.Col - 1)
	}
	return pos
}

// lostDeadline returns a context.WithTimeout (or kin) call in fn, before
// pos, whose context is discarded or never handed to anything (only its
// Done or Err is read), or nil: a deadline that was meant for the call at
// pos and bounds nothing.
func lostDeadline(fn *ssa.Function, pos token.Pos) *ssa.Call {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(*ssa.Call)
			if !ok || call.Pos() >= pos || !catalog.IsDeadline(callee(call.Common())) {
				continue
			}
			if discarded(call) || !passedOn(call) {
				return call
			}
		}
	}
	return nil
}

// passedOn reports whether the context a deadline call returns is handed
// to anything: a call's argument, a store, a conversion, a phi.
func passedOn(call *ssa.Call) bool {
	for _, r := range *call.Referrers() {
		x, ok := r.(*ssa.Extract)
		if !ok || x.Index != 0 {
			continue
		}
		for _, use := range *x.Referrers() {
			if c, ok := use.(ssa.CallInstruction); ok && c.Common().IsInvoke() && c.Common().Value == x {
				continue // ctx.Done(), ctx.Err(): read, not handed on
			}
			return true
		}
	}
	return false
}

// discarded reports whether the context a deadline call returns is
// assigned to _.
func discarded(call *ssa.Call) bool {
	for _, r := range *call.Referrers() {
		if x, ok := r.(*ssa.Extract); ok && x.Index == 0 && len(*x.Referrers()) > 0 {
			return false
		}
	}
	return true
}

// hint says what to do about an unlimited call.
func hint(out outcome) string {
	switch out.proto {
	case "sink":
		switch out.kind {
		case kindRequest:
			return "build the request with a context that has a deadline"
		case kindGorm:
			return "pass db.WithContext(ctx) with a context that has a deadline"
		case kindSQLTx:
			return "begin the transaction with BeginTx and a context that has a deadline"
		}
		return "pass a context with a deadline (context.WithTimeout), or set one on the way to the call"
	case "http":
		if out.limitKind == catalog.LimitRestyRequest {
			return "call SetTimeout on the client or SetContext with a context that has a deadline (context.WithTimeout)"
		}
		return "set Timeout on the client or give the request a context with a deadline (context.WithTimeout)"
	case "grpc":
		return "give the call a context with a deadline (context.WithTimeout) or the connection a timeout interceptor"
	case "tcp":
		return "use net.DialTimeout or a net.Dialer with Timeout"
	case "rpc":
		return "start it with Go and wait on its Done channel or a timer (select with time.After)"
	case "grpc-dial":
		if out.call == "grpc.Dial" {
			return "use grpc.DialContext with a context that has a deadline, or drop WithBlock"
		}
		return "give the dial a context with a deadline, or drop WithBlock"
	case "sql":
		if out.with != "" {
			return "use " + out.with + " with a context that has a deadline"
		}
		if out.limitKind == catalog.LimitGorm {
			return "give the *gorm.DB a context with a deadline (db.WithContext(ctx))"
		}
		if out.limitKind == catalog.LimitSQLTx && out.with == "" {
			return "begin the transaction with BeginTx and a context that has a deadline"
		}
		return "pass a context with a deadline (context.WithTimeout)"
	case "mongo":
		return "pass a context with a deadline or set a client timeout (options.Client().SetTimeout)"
	case "elasticsearch":
		return "pass the API's WithContext option with a context that has a deadline (context.WithTimeout)"
	case "nats":
		return "pass a context with a deadline, or use Request with a timeout"
	}
	return "pass a context with a deadline (context.WithTimeout)"
}

// shortName names a function the way Go code spells it, with the package's
// name instead of its path: "http.Get", "(*http.Client).Do".
func shortName(f *types.Func) string {
	sig, _ := f.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil {
		if f.Pkg() == nil {
			return f.Name()
		}
		return f.Pkg().Name() + "." + f.Name()
	}
	t := sig.Recv().Type()
	star := ""
	if p, ok := t.(*types.Pointer); ok {
		star, t = "*", p.Elem()
	}
	name := types.TypeString(t, func(p *types.Package) string { return p.Name() })
	if i := strings.IndexByte(name, '['); i >= 0 {
		name = name[:i]
	}
	return "(" + star + name + ")." + f.Name()
}

// exportFacts records the sinks of the package's named functions for its
// importers.
func (c *checker) exportFacts(funcs []*ssa.Function) {
	exported := false
	for _, fn := range funcs {
		if obj, ok := fn.Object().(*types.Func); ok && fn.Parent() == nil {
			if pairs := c.callbackPairs(fn); len(pairs) > 0 {
				c.pass.ExportObjectFact(obj, &CallbackFact{Pairs: pairs})
			}
		}
		ps := c.sinks[fn]
		obj, ok := fn.Object().(*types.Func)
		if len(ps) == 0 || !ok || fn.Parent() != nil {
			continue
		}
		ps = slices.Clone(ps)
		slices.SortFunc(ps, func(a, b SinkParam) int { return a.Index - b.Index })
		c.pass.ExportObjectFact(obj, &SinkFact{Params: ps})
		if c.result.Sinks == nil {
			c.result.Sinks = make(map[*types.Func][]SinkParam)
		}
		c.result.Sinks[obj] = ps
		exported = true
	}
	if exported {
		c.pass.ExportPackageFact(new(packageFact))
	}
}

// Resolve finishes the whole-program step: a call on an incoming HTTP
// request's context is reported unless every service its package belongs
// to installs a timeout middleware somewhere in its packages, or every
// caller the model m shows of the endpoints its handler serves sets a
// deadline; a gRPC handler whose context reaches outbound calls is
// reported when a caller sets none (callers.go). results are the
// analyzer's results by package path, fset holds the program's files (for
// related positions; nil: none); the diagnostics come back by package
// path too.
func Resolve(set *rules.Set, fset *token.FileSet, m *model.Model, results map[string]*Result) map[string][]analysis.Diagnostic {
	services := func(path string) []string {
		info := set.Lookup(path)
		switch {
		case info == nil:
			return nil
		case info.Service != "":
			return []string{info.Service}
		}
		return info.UsedBy
	}
	out := make(map[string][]analysis.Diagnostic)
	up := newUpstream(m)
	var runs func(pkg, svc string) bool
	if set != nil {
		runs = set.Runs
	}
	found, sinks, impls := resolveInterfaces(fset, results, services, runs, up.holds)
	for _, f := range found {
		if f.incoming {
			r := results[f.path]
			r.Pending = append(r.Pending, Pending{Diagnostic: f.d, Hint: f.hint, Services: f.services, GinContext: f.gin})
			continue
		}
		f.d.Message += "; " + f.hint
		out[f.path] = append(out[f.path], f.d)
	}
	guarded := make(map[string]bool)
	fallback := make(map[string]bool)
	for path, r := range results {
		for _, s := range services(path) {
			guarded[s] = guarded[s] || r.Middleware
			fallback[s] = fallback[s] || r.GinFallback
		}
	}
	for path, r := range results {
		for _, p := range r.Pending {
			svcs := services(path)
			if len(p.Services) > 0 {
				svcs = p.Services
			}
			if len(p.If) > 0 {
				// Only the services whose go-kit clients fill the
				// endpoints it calls (any, for a package of none).
				meets := func(svcs []string) bool {
					return slices.ContainsFunc(p.If, func(cond string) bool { return up.holds(cond, svcs) })
				}
				if len(svcs) == 0 {
					if !meets(nil) {
						continue
					}
				} else if svcs = slices.DeleteFunc(slices.Clone(svcs), func(s string) bool { return !meets([]string{s}) }); len(svcs) == 0 {
					continue
				}
				if p.Unbounded {
					d := p.Diagnostic
					d.Message += "; " + p.Hint
					out[path] = append(out[path], d)
					continue
				}
			}
			// A *gin.Context passes the request's deadline on only when
			// the engine sets ContextWithFallback.
			var open, noFallback []string
			for _, s := range svcs {
				switch {
				case !guarded[s]:
					open = append(open, s)
				case p.GinContext && !fallback[s]:
					noFallback = append(noFallback, s)
				}
			}
			if len(svcs) > 0 && len(open) == 0 && len(noFallback) == 0 {
				continue
			}
			d := p.Diagnostic
			callers, late := up.of(p.handlerNode(), svcs)
			if len(callers) > 0 && len(late) == 0 {
				continue // every caller the model shows sets a deadline
			}
			slices.Sort(open)
			slices.Sort(noFallback)
			var clauses []string
			switch len(open) {
			case 0:
				if len(svcs) == 0 {
					clauses = append(clauses, "no timeout middleware is installed")
				}
			case 1:
				clauses = append(clauses, "service "+open[0]+" installs no timeout middleware")
			default:
				clauses = append(clauses, "services "+strings.Join(open, ", ")+" install no timeout middleware")
			}
			switch len(noFallback) {
			case 0:
			case 1:
				clauses = append(clauses, "service "+noFallback[0]+" installs timeout middleware, but a *gin.Context carries the request's deadline only when the engine sets ContextWithFallback")
			default:
				clauses = append(clauses, "services "+strings.Join(noFallback, ", ")+" install timeout middleware, but a *gin.Context carries the request's deadline only when the engine sets ContextWithFallback")
			}
			if len(late) > 0 {
				d.Related = slices.Clone(d.Related)
				clauses = append(clauses, up.lateClause(&d, late))
			}
			d.Message = fmt.Sprintf("%s (%s); %s", d.Message, strings.Join(clauses, "; "), p.Hint)
			out[path] = append(out[path], d)
		}
	}
	serverDeadline := make(map[string]bool)
	for path, r := range results {
		for _, s := range services(path) {
			serverDeadline[s] = serverDeadline[s] || r.ServerDeadline
		}
	}
	// A gRPC handler's context is bounded by the server's interceptors;
	// connect-go's and twirp's, served over HTTP, by timeout middleware
	// too.
	guardedPkg := func(pkg, proto string) bool {
		svcs := services(pkg)
		for _, s := range svcs {
			if !serverDeadline[s] && (proto == "grpc" || !guarded[s]) {
				return false
			}
		}
		return len(svcs) > 0
	}
	for path, ds := range up.grpcHandlers(fset, sinks, impls, guardedPkg, services, runs) {
		out[path] = append(out[path], ds...)
	}
	return out
}

// Merge adds o, the result of another variant of the same package (its
// test variant), to r.
func (r *Result) Merge(o *Result) {
	r.Pending = append(r.Pending, o.Pending...)
	r.Sites = append(r.Sites, o.Sites...)
	r.Made = append(r.Made, o.Made...)
	for f := range o.Refs {
		if r.Refs == nil {
			r.Refs = make(map[*types.Func]bool)
		}
		r.Refs[f] = true
	}
	for f, ps := range o.Sinks {
		if r.Sinks == nil {
			r.Sinks = make(map[*types.Func][]SinkParam)
		}
		if r.Sinks[f] == nil {
			r.Sinks[f] = ps
		}
	}
	r.ClientCalls = append(r.ClientCalls, o.ClientCalls...)
	r.Feeds = append(r.Feeds, o.Feeds...)
	for h := range o.Tunes {
		if r.Tunes == nil {
			r.Tunes = make(map[Hole]bool)
		}
		r.Tunes[h] = true
	}
	for f := range o.Values {
		if r.Values == nil {
			r.Values = make(map[string]bool)
		}
		r.Values[f] = true
	}
	r.Full = r.Full || o.Full
	r.Middleware = r.Middleware || o.Middleware
	r.GinFallback = r.GinFallback || o.GinFallback
	r.ServerDeadline = r.ServerDeadline || o.ServerDeadline
}

// program judges calls on incoming request contexts per service: only the
// whole program shows which services install timeout middleware. The
// results of a package's variants (with and without its tests) are merged.
func program(p *check.Program) {
	results := make(map[string]*Result)
	for pkg, r := range p.Results {
		res, ok := r.(*Result)
		if !ok {
			continue
		}
		path := strings.TrimSuffix(pkg.PkgPath, "_test")
		merged := results[path]
		if merged == nil {
			merged = new(Result)
			results[path] = merged
		}
		merged.Merge(res)
	}
	for path, ds := range Resolve(p.Set, p.Fset, p.Model, results) {
		for _, d := range ds {
			p.Report(path, d)
		}
	}
}
