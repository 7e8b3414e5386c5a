// Package interactions defines an Analyzer that collects, package by
// package, the facts the system model is built from: the endpoints a
// package serves and the routers it mounts, its outbound calls, the
// messages it publishes and consumes, the datastores it connects to, its
// call graph and what it passes for the parameters values are built from.
// It reports nothing itself; its result is a *model.Result, which
// model.Build assembles with every other package's into the model that
// syncchain and the graph stand on.
package interactions

import (
	"cmp"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/boundcheck/boundcheck/internal/values"
	"github.com/boundcheck/boundcheck/model"
	"github.com/boundcheck/boundcheck/rules"
	"github.com/boundcheck/boundcheck/rules/catalog"
)

// New returns the interactions analyzer.
func New(set *rules.Set) *analysis.Analyzer {
	_ = set
	return &analysis.Analyzer{
		Name:             "interactions",
		Doc:              "interactions: collects the system model's facts of a package: endpoints, calls, messages, datastores (not a check)",
		ResultType:       reflect.TypeOf((*model.Result)(nil)),
		FactTypes:        []analysis.Fact{new(GRPCMethodFact), new(GRPCServiceFact), new(ParamFact), new(ReturnFact), new(RPCMethodFact), new(HandleFact), new(VarFact), new(VarFieldsFact), new(ImplFact)},
		RunDespiteErrors: true,
		Run:              run,
	}
}

func run(pass *analysis.Pass) (any, error) {
	c := &collector{
		pass:      pass,
		vals:      values.New(pass.Pkg, pass.TypesInfo, pass.Files),
		res:       new(model.Result),
		callee:    make(map[ast.Expr]bool),
		dataIndex: make(map[*ast.CallExpr]int),
	}
	c.vals.Returns = func(fn *types.Func) ([]model.Value, bool) {
		if recv := fn.Type().(*types.Signature).Recv(); recv != nil && types.IsInterface(recv.Type()) {
			return c.ifaceReturns(fn)
		}
		var f ReturnFact
		if fn.Pkg() != pass.Pkg && pass.ImportObjectFact(fn, &f) {
			return f.Values, true
		}
		return nil, false
	}
	c.vals.Vars = func(v *types.Var) ([]model.Value, bool) {
		var f VarFact
		if v.Pkg() != pass.Pkg && pass.ImportObjectFact(v, &f) {
			return f.Values, true
		}
		return nil, false
	}
	c.vals.VarFields = func(v *types.Var, field string) ([]model.Value, bool) {
		var f VarFieldsFact
		if v.Pkg() != pass.Pkg && pass.ImportObjectFact(v, &f) {
			vs, ok := f.Fields[field]
			return vs, ok
		}
		return nil, false
	}
	c.library = outside(pass.Pkg.Path())
	if !c.library {
		c.ownImpls = c.impls()
		if len(c.ownImpls) > 0 {
			pass.ExportPackageFact(&ImplFact{Impls: c.ownImpls})
		}
	}
	c.ent = catalog.ImportsEnt(pass.Pkg)
	c.data = catalog.ImportsDatastore(pass.Pkg) || c.ent
	c.exportGRPCFacts()
	c.exportServiceNames()
	c.exportRPCFacts()
	c.exportReturns()
	c.exportVars()
	c.exportHandles()
	for _, f := range pass.Files {
		if strings.HasSuffix(pass.Fset.File(f.Pos()).Name(), "_test.go") {
			continue // tests are not deployed
		}
		c.rs = nil
		c.file = f
		c.rows = c.rangeRows(f)
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				gd, isGen := decl.(*ast.GenDecl)
				// A generated file's tables (a gRPC service descriptor's
				// handlers) run when the service is registered, which the
				// model follows: they are no values handed on.
				c.inValue = isGen && gd.Tok == token.VAR && !ast.IsGenerated(f)
				c.walk(decl, nil)
				c.inValue = false
				continue
			}
			fn, _ := pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if reason, ok := idempotentDirective(fd.Doc); ok && fn != nil {
				c.res.Idempotent = append(c.res.Idempotent, model.Vouch{Func: fn.Origin(), Reason: reason})
			}
			c.body = fd.Body
			c.sig = nil
			if fn != nil {
				c.sig = fn.Type().(*types.Signature)
			}
			c.walk(fd.Body, fn)
		}
	}
	c.twirpRequests()
	c.linkQueries()
	c.bind()
	c.ctxDeadlines()
	c.finish()
	return c.res, nil
}

// idempotentDirective returns the reason of a "//boundcheck:idempotent
// REASON" line in doc; a directive without a reason does not count.
func idempotentDirective(doc *ast.CommentGroup) (string, bool) {
	if doc == nil {
		return "", false
	}
	for _, c := range doc.List {
		if rest, ok := strings.CutPrefix(c.Text, "//boundcheck:idempotent"); ok && (rest == "" || rest[0] == ' ' || rest[0] == '\t') {
			if reason := strings.TrimSpace(rest); reason != "" {
				return reason, true
			}
		}
	}
	return "", false
}

// A collector walks one package's functions, recording what each does.
type collector struct {
	pass *analysis.Pass
	vals *values.Resolver
	res  *model.Result
	file *ast.File
	rs   *routers         // built for files that use a router
	sig  *types.Signature // of the function being walked, if known
	// inValue is set while walking a package-level var declaration: a
	// function it names is a value handed on there (Result.Live).
	inValue bool
	// callee marks the expressions in call position, so that a function
	// named elsewhere counts as a value handed on.
	callee map[ast.Expr]bool
	// generated are the package's generated gRPC client methods.
	generated  map[*types.Func]bool
	restyBases []model.Value // nil until a resty call asks
	static     []staticCall
	abstract   []staticCall            // calls of the program's interface methods
	rows       map[*ast.CallExpr][]row // calls in a loop over a route table
	body       *ast.BlockStmt          // of the function being walked
	data       bool                    // the package imports a datastore library or an ent-generated package
	ent        bool                    // the package imports an ent-generated package (it may call its Open)
	library    bool                    // the package is the standard library's or a catalogued library's
	sends      *[]batchSend            // the calls that send a pgx Batch, once a Queue asks
	pkgs       map[string]*types.Package
	// dataIndex holds the index in res.Datastores of each call's record,
	// links the queries whose connection is to be found there.
	dataIndex map[*ast.CallExpr]int
	links     []queryLink
	// chainWrite marks the builder calls a later method of their chain
	// turns into a write (markChainWrites).
	chainWrite map[*ast.CallExpr]bool
	naming     *catalog.GormNaming // the package's gorm naming strategy, once a model asks
	// ownImpls are the concrete types the package puts in named
	// interfaces with a string getter (ifaces.go); implsOf and
	// methodFacts index them and the imported ones once a call of an
	// interface's method asks.
	ownImpls    []Impl
	implsOf     map[string][]string
	methodFacts map[string][]model.Value
	// methodHandles are the HandleFacts of the program's methods, by
	// "path.Type.Method" (loadImpls); handleDecls the package's function
	// declarations (handlesMade).
	methodHandles map[string]*HandleFact
	handleDecls   map[*types.Func]*ast.FuncDecl
	// assigns indexes how the variables of the function body assignsOf
	// are assigned (assignedOnce), built on first use.
	assigns   map[*types.Var]*assignment
	assignsOf *ast.BlockStmt
	// following marks the variables conns and bunScope are following.
	following map[*types.Var]bool
	// daprSets holds the calls that set a dapr-app-id header in each
	// function body, found once per body (dapr.go).
	daprSets map[*ast.BlockStmt][]*ast.CallExpr
	// ctxParams holds, by call, the parameter its context argument is
	// (noteCtxParam).
	ctxParams map[token.Pos]string
	made      map[model.Make]bool // res.Makes, as a set
}

// walk records the calls, edges, endpoints and messages of the code in n,
// which belongs to node (nil for package-level declarations).
func (c *collector) walk(n ast.Node, node model.Node) {
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			lit := model.Node(n.Pos())
			if node != nil {
				c.res.Edges = append(c.res.Edges, model.Edge{From: node, To: lit, Pos: n.Pos()})
			} else {
				// A literal in a package-level value: its body is the one
				// the calls in it are judged in (deadlines, headers).
				if !ast.IsGenerated(c.file) {
					c.res.Live = append(c.res.Live, lit)
				}
				outer := c.body
				c.body = n.Body
				defer func() { c.body = outer }()
			}
			outerSig := c.sig
			c.sig, _ = c.pass.TypesInfo.TypeOf(n).(*types.Signature)
			c.walk(n.Body, lit)
			c.sig = outerSig
			return false
		case *ast.CallExpr:
			c.callee[ast.Unparen(n.Fun)] = true
			c.call(n, node)
			if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok && id.Name == "new" && len(n.Args) == 1 {
				c.makes(c.pass.TypesInfo.TypeOf(n.Args[0]), node)
			}
		case *ast.CompositeLit:
			c.makes(c.pass.TypesInfo.TypeOf(n), node)
			c.serverLit(n, node)
			c.literalMessage(n, node)
		case *ast.KeyValueExpr, *ast.AssignStmt:
			c.fieldStore(n)
		case *ast.BinaryExpr:
			c.dupKeyCompare(n, node)
		case *ast.ReturnStmt:
			if c.sig != nil && c.sig.Results().Len() == len(n.Results) {
				for i, r := range n.Results {
					c.handoffValue(r, c.sig.Results().At(i).Type(), "", node)
				}
			}
		case *ast.IfStmt, *ast.ForStmt, *ast.RangeStmt, *ast.CaseClause, *ast.CommClause:
			c.branch(n, node)
		case *ast.Ident, *ast.SelectorExpr:
			if id, ok := n.(*ast.Ident); ok && catalog.IsDupKeyObject(c.pass.TypesInfo.Uses[id]) {
				c.res.DupKeyChecks = append(c.res.DupKeyChecks, model.Site{Func: node, Pos: id.Pos()})
			}
			if sel, ok := n.(*ast.SelectorExpr); ok {
				c.deduplicator(sel, node)
			}
			if !c.callee[n.(ast.Expr)] {
				if fn := funcValue(c.pass.TypesInfo, n.(ast.Expr)); fn != nil {
					if node != nil {
						c.res.Edges = append(c.res.Edges, model.Edge{From: node, To: fn, Pos: n.Pos()})
					} else if c.inValue {
						c.res.Live = append(c.res.Live, fn)
					}
				}
			}
		}
		return true
	})
}

// branch records the parts of a statement that run only on some paths:
// an if's body and else, a loop's body, a case or select clause's body.
func (c *collector) branch(n ast.Node, node model.Node) {
	if node == nil || c.library {
		return // a library's code holds no consumer's guard or effect of its own
	}
	add := func(from, to token.Pos) {
		c.res.Branches = append(c.res.Branches, model.Span{Func: node, From: from, To: to})
	}
	switch n := n.(type) {
	case *ast.IfStmt:
		add(n.Body.Pos(), n.Body.End())
		if n.Else != nil {
			add(n.Else.Pos(), n.Else.End())
		}
	case *ast.ForStmt:
		add(n.Body.Pos(), n.Body.End())
	case *ast.RangeStmt:
		add(n.Body.Pos(), n.Body.End())
		if elem := deliveryElem(c.pass.TypesInfo.TypeOf(n.X)); elem != "" {
			c.res.Deliveries = append(c.res.Deliveries, model.Delivery{Func: node, Pos: n.Pos(), Elem: elem})
		}
	case *ast.CaseClause:
		add(n.Colon, n.End())
	case *ast.CommClause:
		add(n.Colon, n.End())
	}
}

// dupKeyCompare records a comparison of an error's code with a unique
// violation's (pgErr.Code == "23505", myErr.Number == 1062).
func (c *collector) dupKeyCompare(b *ast.BinaryExpr, node model.Node) {
	if b.Op != token.EQL && b.Op != token.NEQ {
		return
	}
	for _, pair := range [2][2]ast.Expr{{b.X, b.Y}, {b.Y, b.X}} {
		sel, ok := ast.Unparen(pair[0]).(*ast.SelectorExpr)
		if !ok {
			continue
		}
		selection := c.pass.TypesInfo.Selections[sel]
		if selection == nil || selection.Kind() != types.FieldVal {
			continue
		}
		f, _ := selection.Obj().(*types.Var)
		if f != nil && catalog.IsDupKeyCode(selection.Recv(), f, c.pass.TypesInfo.Types[pair[1]].Value) {
			c.res.DupKeyChecks = append(c.res.DupKeyChecks, model.Site{Func: node, Pos: b.Pos()})
			return
		}
	}
}

// call records one call: an edge to its callee, and what it registers,
// calls out to or publishes.
func (c *collector) call(call *ast.CallExpr, node model.Node) {
	fn, _ := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	if fn == nil {
		return
	}
	if fn.Pkg() != nil && !catalog.IsLibrary(fn.Pkg().Path()) {
		if node != nil {
			to := fn.Origin()
			if model.IsAbstract(fn) {
				to = fn
			}
			c.res.Edges = append(c.res.Edges, model.Edge{From: node, To: to, Dynamic: model.IsAbstract(fn), Pos: call.Pos()})
		}
		if len(call.Args) > 0 {
			if model.IsAbstract(fn) {
				c.abstract = append(c.abstract, staticCall{call, fn})
			} else {
				c.static = append(c.static, staticCall{call, fn.Origin()})
			}
		}
	}
	if rows := c.rows[call]; len(rows) > 0 && c.tableEndpoints(call, fn, rows) {
		// one endpoint per row of a route table
	} else {
		c.register(call, fn, node)
	}
	c.outbound(call, fn, node)
	c.rpcfw(call, fn, node)
	c.message(call, fn, node)
	if c.data {
		c.datastore(call, fn, node)
	}
	c.query(call, fn, node)
	c.listen(call, fn, node)
	c.handoff(call, fn, node)
}

// listen records a call that makes a server listen on an address.
func (c *collector) listen(call *ast.CallExpr, fn *types.Func, node model.Node) {
	l, ok := catalog.ListenOf(fn)
	if !ok || c.library || node == nil {
		return
	}
	var addr []model.Value
	switch {
	case l.AddrArg >= 0 && l.AddrArg < len(call.Args):
		addr = c.vals.Strings(call.Args[l.AddrArg])
	case l.Default != "":
		def := values.Part{Lit: l.Default}
		if l.DefaultEnv != "" {
			def = values.Part{Env: l.DefaultEnv, Default: l.Default, HasDefault: true}
		}
		addr = []model.Value{{Parts: []values.Part{{Lit: ":"}, def}}}
	}
	if len(addr) > 0 {
		c.res.Listens = append(c.res.Listens, model.Listen{Addr: addr, Func: node, Pos: call.Pos()})
	}
}

// serverLit records an http.Server literal's Addr, the address its
// ListenAndServe listens on.
func (c *collector) serverLit(lit *ast.CompositeLit, node model.Node) {
	if c.library || node == nil || !catalog.IsHTTPServer(c.pass.TypesInfo.TypeOf(lit)) {
		return
	}
	if e := c.vals.LitField(lit, "Addr"); e != nil {
		c.res.Listens = append(c.res.Listens, model.Listen{Addr: c.vals.Strings(e), Func: node, Pos: lit.Pos()})
	}
}

// handoff records the values of the program's own types that call hands
// to a function of another package as an interface with methods.
func (c *collector) handoff(call *ast.CallExpr, fn *types.Func, node model.Node) {
	if fn.Pkg() == nil || fn.Pkg() == c.pass.Pkg {
		return
	}
	sig := fn.Type().(*types.Signature)
	for i, arg := range call.Args {
		switch {
		case sig.Variadic() && i >= sig.Params().Len()-1:
			if !call.Ellipsis.IsValid() {
				c.handoffValue(arg, sig.Params().At(sig.Params().Len()-1).Type().(*types.Slice).Elem(), fn.Pkg().Path(), node)
			}
		case i < sig.Params().Len():
			c.handoffValue(arg, sig.Params().At(i).Type(), fn.Pkg().Path(), node)
		}
	}
}

// handoffValue records e, a value of one of the program's own concrete
// types, made into interface type t that has methods (an argument of a
// function of package callee, or a result returned as t), with the
// methods of that interface it has. The model takes them as called when
// the interface's package (a named one's), else callee, is not in it: a
// library's code may call them (gqlgen's handler calls Exec of the
// schema that generated code returns as a graphql.ExecutableSchema).
func (c *collector) handoffValue(e ast.Expr, t types.Type, callee string, node model.Node) {
	if node == nil || c.library {
		return
	}
	iface, ok := t.Underlying().(*types.Interface)
	if !ok || iface.NumMethods() == 0 {
		return
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		if n.Obj().Pkg() == nil {
			return // error: its Error method is no call of the library's
		}
		callee = n.Obj().Pkg().Path()
	}
	if callee == "" || callee == c.pass.Pkg.Path() {
		return
	}
	at := c.pass.TypesInfo.TypeOf(e)
	if at == nil || types.IsInterface(at) {
		return // a call through it is followed where it is made
	}
	named := at
	if p, ok := named.(*types.Pointer); ok {
		named = p.Elem()
	}
	n, ok := types.Unalias(named).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || outside(n.Obj().Pkg().Path()) {
		return
	}
	var methods []*types.Func
	for m := range iface.Methods() {
		if obj, _, _ := types.LookupFieldOrMethod(at, true, m.Pkg(), m.Name()); obj != nil {
			if f, ok := obj.(*types.Func); ok {
				methods = append(methods, f.Origin())
			}
		}
	}
	if len(methods) > 0 {
		c.res.Handoffs = append(c.res.Handoffs, model.Handoff{Func: node, Callee: callee, Methods: methods, Pos: e.Pos()})
	}
}

// register records the endpoints a call registers.
func (c *collector) register(call *ast.CallExpr, fn *types.Func, node model.Node) {
	endpoints(c.pass, call, fn, c.res)
	netRPCRegister(c.pass.TypesInfo, c.vals, call, fn, c.res)
	c.daprHandler(call, fn)
	if _, isRoute := catalog.RouteOf(fn); isRoute {
		if c.rs == nil {
			c.rs = newRouters(c.pass, c.file)
		}
		if e, ok := c.rs.route(call, node); ok {
			c.res.Endpoints = append(c.res.Endpoints, e)
		}
	}
	if catalog.IsMount(fn) {
		if c.rs == nil {
			c.rs = newRouters(c.pass, c.file)
		}
		if m, ok := c.rs.mount(call); ok {
			c.res.Mounts = append(c.res.Mounts, m)
		}
	}
}

// finish puts the results in a stable order.
func (c *collector) finish() {
	slices.SortStableFunc(c.res.Endpoints, func(a, b model.Endpoint) int { return int(a.Pos - b.Pos) })
}

// makes records that node makes a value of t, when t is a named type of
// the program (not the standard library's or a catalogued library's).
func (c *collector) makes(t types.Type, node model.Node) {
	if t == nil {
		return
	}
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || outside(n.Obj().Pkg().Path()) {
		return
	}
	m := model.Make{Func: node, Type: n.Origin().Obj()}
	if c.made == nil {
		c.made = make(map[model.Make]bool)
	}
	if !c.made[m] {
		c.made[m] = true
		c.res.Makes = append(c.res.Makes, m)
	}
}

// funcValue returns the declared function or method e names, when e is
// not called but handed on as a value (h.getOrder, getOrder).
func funcValue(info *types.Info, e ast.Expr) *types.Func {
	var id *ast.Ident
	switch x := e.(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		if sel, ok := info.Selections[x]; ok && sel.Kind() == types.MethodExpr {
			return nil
		}
		id = x.Sel
	}
	fn, ok := info.Uses[id].(*types.Func)
	if !ok {
		return nil
	}
	return fn.Origin()
}

// endpoints records the endpoints that call registers.
func endpoints(pass *analysis.Pass, call *ast.CallExpr, fn *types.Func, res *model.Result) {
	fn = fn.Origin()
	if catalog.IsMuxHandle(fn) {
		if len(call.Args) != 2 {
			return
		}
		e := model.Endpoint{Protocol: "http", Pos: call.Pos(), Entries: entries(pass, call.Args[1])}
		e.Handler = handlerOf(e.Entries)
		pattern, known := constantString(pass, call.Args[0])
		if !known {
			pattern = "?"
		}
		e.Method, e.Host, e.Path = splitPattern(pattern)
		res.Endpoints = append(res.Endpoints, e)
		return
	}
	if regs := grpcRegistration(fn, serviceNameFact(pass, fn)); regs != nil && len(call.Args) == 2 {
		impl := pass.TypesInfo.TypeOf(call.Args[1])
		for _, m := range regs {
			_, method := splitFull(m.full) // the proto's name, as calls name it
			e := model.Endpoint{Protocol: "grpc", Method: method, Path: m.full, GRPCService: m.service, Pos: call.Pos()}
			if impl != nil {
				if obj, _, _ := types.LookupFieldOrMethod(impl, true, nil, m.name); obj != nil {
					e.Handler, _ = obj.(*types.Func)
					if e.Handler != nil {
						e.Entries = []model.Node{e.Handler}
					}
				}
			}
			res.Endpoints = append(res.Endpoints, e)
		}
	}
}

// serviceNameFact returns what a generated RegisterXServer function's
// package recorded of its proto service, if anything.
func serviceNameFact(pass *analysis.Pass, fn *types.Func) GRPCServiceFact {
	var f GRPCServiceFact
	pass.ImportObjectFact(fn, &f)
	return f
}

// splitPattern splits a net/http pattern (Go 1.22: "[METHOD ][HOST]/PATH")
// into its parts.
func splitPattern(p string) (method, host, path string) {
	if m, rest, ok := strings.Cut(p, " "); ok && m != "" && !strings.Contains(m, "/") {
		method, p = m, strings.TrimLeft(rest, " \t")
	}
	if i := strings.IndexByte(p, '/'); i > 0 {
		host, p = p[:i], p[i:]
	}
	return method, host, p
}

// handlerOf returns the named function or method among a handler's
// entries (h.getOrder, http.HandlerFunc(getOrder), auth(h.getOrder)), or
// nil for a closure or a value of unknown origin.
func handlerOf(entries []model.Node) *types.Func {
	for _, n := range entries {
		if fn, ok := n.(*types.Func); ok {
			return fn
		}
	}
	return nil
}

func constantString(pass *analysis.Pass, e ast.Expr) (string, bool) {
	tv, ok := pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

// A grpcMethod is one method of a registered gRPC service.
type grpcMethod struct {
	name, full, service string
}

// grpcRegistration recognises a generated RegisterXServer(s, impl) function
// by its shape (a grpc.ServiceRegistrar or *grpc.Server first, an XServer
// interface second) and returns the service's methods. Their full names
// come from the X_Method_FullMethodName constants that protoc-gen-go-grpc
// (v1.3 and later) writes beside it; without them, from the interface's
// methods and the service's Go name.
func grpcRegistration(fn *types.Func, desc GRPCServiceFact) []grpcMethod {
	protoName := desc.Name
	name := fn.Name()
	if !strings.HasPrefix(name, "Register") || !strings.HasSuffix(name, "Server") || fn.Pkg() == nil {
		return nil
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() != nil || sig.Params().Len() != 2 {
		return nil
	}
	first := sig.Params().At(0).Type()
	if !catalog.IsNamed(first, catalog.GRPCPath, "ServiceRegistrar") && !catalog.IsNamed(first, catalog.GRPCPath, "Server") {
		return nil
	}
	iface, ok := sig.Params().At(1).Type().Underlying().(*types.Interface)
	if !ok {
		return nil
	}
	goName := strings.TrimSuffix(strings.TrimPrefix(name, "Register"), "Server")
	scope := fn.Pkg().Scope()
	var out []grpcMethod
	for i := 0; i < iface.NumMethods(); i++ {
		m := iface.Method(i)
		if !m.Exported() || strings.HasPrefix(m.Name(), "mustEmbed") {
			continue
		}
		gm := grpcMethod{name: m.Name(), full: "/" + goName + "/" + m.Name(), service: goName}
		if protoName != "" {
			gm.full, gm.service = "/"+protoName+"/"+cmp.Or(desc.Methods[m.Name()], m.Name()), protoName
		}
		if c, ok := scope.Lookup(goName + "_" + m.Name() + "_FullMethodName").(*types.Const); ok && c.Val().Kind() == constant.String {
			gm.full = constant.StringVal(c.Val())
			if svc, _, ok := strings.Cut(strings.TrimPrefix(gm.full, "/"), "/"); ok {
				gm.service = svc
			}
		}
		out = append(out, gm)
	}
	return out
}
