package interactions

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/boundcheck/boundcheck/model"
	"github.com/boundcheck/boundcheck/rules/catalog"
)

// RPC frameworks that wrap HTTP or gRPC, as DESIGN.md, "The checks"
// lists them: both ends of each, the endpoint a service serves and the
// call another makes, so that the model resolves the edge between them.
//
//   - go-kit: grpctransport.NewClient(conn, "pb.Add", "Sum", ...) is a gRPC
//     call of /pb.Add/Sum on conn; httptransport.NewClient("POST", tgt, ...)
//     an HTTP request for the URL tgt holds (url.Parse of a string, a
//     url.URL literal, with the Path a later u.Path = "/sum" sets). The
//     request is made when the endpoint the client returns is called; it is
//     recorded where the client is made. Its servers are net/http handlers
//     mounted on a router, and gRPC services registered as any other.
//   - twirp: a method called on what a generated NewXProtobufClient(addr,
//     client) or NewXJSONClient returns is a POST of "/twirp/pkg.X/Method";
//     NewXServer(impl) serves the methods of X.
//   - connect-go: a method of a generated client, whose body calls a
//     *connect.Client made by connect.NewClient(httpClient, baseURL+
//     "/pkg.X/Method"), is a call of that procedure (RPCMethodFact, as for
//     gRPC's old generated code); NewXHandler(impl) serves X's methods.
//   - go-micro: client.Call(ctx, req, rsp) of a request from
//     NewRequest(name, "X.Method", r) is a call of X.Method on the service
//     registered under name; RegisterXHandler(service.Server(), h) serves
//     X's methods under the name micro.Name gives micro.NewService.
//
// Twirp's and connect's calls name their proto service, as gRPC's do
// (protocols "twirp" and "connect"), and go-micro's their registry name
// (protocol "micro"); model/rpcfw.go resolves them.

// RPCMethodFact marks a method of a generated connect-go client, and the
// method of the client interface it implements, with the procedure it
// calls: the name is written only where the client is made, so callers in
// other packages learn it from this fact.
type RPCMethodFact struct {
	Protocol string // "connect"
	Full     string // "/connectrpc.eliza.v1.ElizaService/Say"
}

func (*RPCMethodFact) AFact() {}

func (f *RPCMethodFact) String() string { return f.Protocol + " " + f.Full }

// rpcfw records the endpoints and calls of the RPC frameworks a call
// makes.
func (c *collector) rpcfw(call *ast.CallExpr, fn *types.Func, node model.Node) {
	switch catalog.GoKitClient(fn) {
	case "grpc":
		c.goKitGRPC(call, node)
		return
	case "http":
		c.goKitHTTP(call, node)
		return
	}
	switch catalog.MicroCall(fn) {
	case "call":
		c.microCall(call, node)
		return
	case "request":
		return
	}
	if fn.Pkg() == nil || catalog.IsLibrary(fn.Pkg().Path()) {
		return
	}
	if c.rpcFactCall(call, fn, node) {
		return
	}
	twirp := catalog.ImportsPath(fn.Pkg(), func(p string) bool { return p == catalog.TwirpPath })
	connect := catalog.ImportsPath(fn.Pkg(), catalog.IsConnectPath)
	switch {
	case twirp && c.twirpCall(call, fn, node):
	case twirp:
		c.twirpServer(call, fn)
	case connect:
		c.connectHandler(call, fn)
	default:
		c.microRegister(call, fn)
	}
}

// goKitGRPC records grpctransport.NewClient(conn, serviceName, method,
// ...): a call of "/serviceName/method" on the connection.
func (c *collector) goKitGRPC(call *ast.CallExpr, node model.Node) {
	if len(call.Args) < 3 {
		return
	}
	svc, method := c.oneString(call.Args[1]), c.oneString(call.Args[2])
	c.res.Calls = append(c.res.Calls, model.Call{
		Protocol:    "grpc",
		Method:      method,
		GRPCService: svc,
		GRPCMethod:  "/" + svc + "/" + method,
		Target:      c.connTargets(call.Args[0]),
		Made:        true,
		Sets:        c.endpointSets(call.Pos()),
		Func:        node,
		Pos:         call.Pos(),
	})
}

// endpointSets returns the sets of go-kit endpoints (catalog.EndpointSet)
// that the function declared around pos builds in composite literals or
// returns, sorted: where the endpoints a client makes go.
func (c *collector) endpointSets(pos token.Pos) []string {
	var out []string
	add := func(t types.Type) {
		if name := catalog.EndpointSet(t); name != "" && !slices.Contains(out, name) {
			out = append(out, name)
		}
	}
	for _, f := range c.pass.Files {
		if pos < f.FileStart || pos > f.FileEnd {
			continue
		}
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Body == nil || pos < fd.Pos() || pos > fd.End() {
				continue
			}
			if obj, ok := c.pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
				res := obj.Type().(*types.Signature).Results()
				for i := 0; i < res.Len(); i++ {
					add(res.At(i).Type())
				}
			}
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				if lit, ok := n.(*ast.CompositeLit); ok {
					add(c.pass.TypesInfo.TypeOf(lit))
				}
				return true
			})
		}
	}
	slices.Sort(out)
	return out
}

// goKitHTTP records httptransport.NewClient(method, tgt, ...): a request
// with that method for the URL tgt holds.
func (c *collector) goKitHTTP(call *ast.CallExpr, node model.Node) {
	if len(call.Args) < 2 {
		return
	}
	hc := model.Call{Protocol: "http", Made: true, Sets: c.endpointSets(call.Pos()), Func: node, Pos: call.Pos()}
	if vs := c.vals.Strings(call.Args[0]); len(vs) == 1 {
		if m, known := vs[0].Prefix(); known {
			hc.Method = strings.ToUpper(m)
		}
	}
	hc.URL = c.urlOf(call.Args[1], nil, 0)
	c.res.Calls = append(c.res.Calls, hc)
}

// oneString returns the one known value of e, or "?".
func (c *collector) oneString(e ast.Expr) string {
	if vs := c.vals.Strings(e); len(vs) == 1 {
		if s, known := vs[0].Prefix(); known {
			return s
		}
	}
	return "?"
}

// connTargets resolves the dial target of a gRPC connection: the
// argument of the grpc.Dial, DialContext or NewClient it comes from.
func (c *collector) connTargets(conn ast.Expr) []model.Value {
	var out []model.Value
	for _, o := range c.vals.Origins(conn) {
		out = append(out, c.dialCallTarget(o)...)
	}
	return out
}

// urlOf resolves a *url.URL (or url.URL) expression to the URLs it may
// hold: what the values package makes of it (url.Parse's argument, a
// url.URL literal), with the path replaced where the code sets u.Path on
// the variable, and through the package's own functions that copy a URL
// and set its path (copyURL(u, "/sum")), their parameters bound to the
// arguments. bind holds those bindings.
func (c *collector) urlOf(e ast.Expr, bind map[*types.Var]ast.Expr, depth int) []model.Value {
	if depth > 8 {
		return []model.Value{{Parts: []model.Part{{Unknown: "too deep"}}}}
	}
	e = ast.Unparen(e)
	switch x := e.(type) {
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			return c.urlOf(x.X, bind, depth+1)
		}
	case *ast.StarExpr:
		return c.urlOf(x.X, bind, depth+1)
	case *ast.Ident:
		v, ok := c.pass.TypesInfo.Uses[x].(*types.Var)
		if !ok {
			break
		}
		if arg, ok := bind[v]; ok {
			return c.urlOf(arg, nil, depth+1)
		}
		defs, paths := c.urlVar(v)
		if len(defs) == 0 {
			break
		}
		var base []model.Value
		for _, d := range defs {
			base = append(base, c.urlOf(d, bind, depth+1)...)
		}
		if len(paths) == 0 {
			return base
		}
		var out []model.Value
		for _, p := range paths {
			pv := c.vals.Strings(p)
			if id, ok := ast.Unparen(p).(*ast.Ident); ok {
				if pvar, ok := c.pass.TypesInfo.Uses[id].(*types.Var); ok && bind[pvar] != nil {
					pv = c.vals.Strings(bind[pvar])
				}
			}
			for _, b := range base {
				for _, q := range pv {
					out = append(out, model.Value{Parts: append(append([]model.Part(nil), stripPath(b).Parts...), q.Parts...)})
				}
			}
		}
		return out
	case *ast.CallExpr:
		fn := calleeFunc(c.pass.TypesInfo, x)
		if fn == nil || fn.Pkg() != c.pass.Pkg {
			break
		}
		decl := funcDecl(c.pass, fn.Origin())
		if decl == nil {
			break
		}
		params := fn.Origin().Signature().Params() // the body's, not an instance's
		inner := make(map[*types.Var]ast.Expr)
		for i := 0; i < params.Len() && i < len(x.Args); i++ {
			inner[params.At(i)] = x.Args[i]
		}
		var out []model.Value
		ast.Inspect(decl.Body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ReturnStmt:
				if len(n.Results) > 0 {
					out = append(out, c.urlOf(n.Results[0], inner, depth+1)...)
				}
			}
			return true
		})
		if len(out) > 0 {
			return out
		}
	}
	return c.vals.Strings(e)
}

// urlVar returns, for a local variable holding a URL, the expressions
// assigned to it (u, err := url.Parse(s); next := *base) and those
// assigned to its Path (u.Path = "/sum"), in the function declaring it.
func (c *collector) urlVar(v *types.Var) (defs, paths []ast.Expr) {
	fd, ok := declAt(c.pass, v.Pos()).(*ast.FuncDecl)
	if !ok || fd.Body == nil {
		return nil, nil
	}
	body := fd.Body
	is := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			return false
		}
		obj := c.pass.TypesInfo.Defs[id]
		if obj == nil {
			obj = c.pass.TypesInfo.Uses[id]
		}
		return obj == v
	}
	ast.Inspect(body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok {
			return true
		}
		for i, lhs := range as.Lhs {
			var rhs ast.Expr
			switch {
			case len(as.Rhs) == len(as.Lhs):
				rhs = as.Rhs[i]
			case len(as.Rhs) == 1 && i == 0:
				rhs = as.Rhs[0] // u, err := url.Parse(s)
			}
			if rhs == nil {
				continue
			}
			if is(lhs) {
				defs = append(defs, rhs)
			}
			if sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr); ok && sel.Sel.Name == "Path" && is(sel.X) {
				paths = append(paths, rhs)
			}
		}
		return true
	})
	return defs, paths
}

// stripPath returns a URL value without its path: the parts up to the
// first "/" that follows the scheme and some of the host.
func stripPath(v model.Value) model.Value {
	var out []model.Part
	host := false
	for _, p := range v.Parts {
		if !p.Known() || p.Lit == "" {
			out = append(out, p)
			host = true
			continue
		}
		s, start := p.Lit, 0
		if i := strings.Index(s, "://"); i >= 0 && !host {
			start = i + 3
		}
		for j := start; j < len(s); j++ {
			if s[j] == '/' && (host || j > start) {
				if j > 0 {
					out = append(out, model.Part{Lit: s[:j]})
				}
				return model.Value{Parts: out}
			}
		}
		out = append(out, p)
		if len(s) > start {
			host = true
		}
	}
	return model.Value{Parts: out}
}

// twirpCall records a call of a method of a twirp service's interface
// on what a generated client constructor returned: NewXProtobufClient(addr,
// httpClient, ...) or NewXJSONClient, with addr as its target. The
// interface is also the one the service implements, so a call on a value
// the package is seen to make otherwise (its own implementation, a
// wrapper of it) is not one; a value whose origin the package cannot see
// (a field another package sets, a parameter) is taken for a client when
// X's package has a client constructor: a server's own calls of X resolve
// to itself, which is not an edge. The generated package's own calls (its
// server calling the implementation) are not calls.
func (c *collector) twirpCall(call *ast.CallExpr, fn *types.Func, node model.Node) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || !model.IsAbstract(fn) || fn.Pkg() == c.pass.Pkg {
		return false
	}
	recv := fn.Type().(*types.Signature).Recv().Type()
	var targets []model.Value
	clients, others := 0, 0
	for _, o := range c.vals.Origins(sel.X) {
		if mk, ok := o.Expr.(*ast.CallExpr); ok && len(mk.Args) >= 2 {
			if iface, ok := twirpClientCtor(calleeFunc(c.pass.TypesInfo, mk)); ok && types.Identical(iface, recv) {
				clients++
				targets = append(targets, c.vals.StringsAt(o, mk.Args[0])...)
				continue
			}
		}
		others++
	}
	if clients == 0 && (others > 0 || !hasTwirpClient(recv)) {
		return false
	}
	svc := twirpService(recv)
	timeout, deadline := c.deadline(call, 0, nil)
	c.res.Calls = append(c.res.Calls, model.Call{
		Protocol:    "twirp",
		Method:      fn.Name(),
		GRPCService: svc,
		GRPCMethod:  "/" + svc + "/" + fn.Name(),
		Target:      targets,
		Deadline:    deadline,
		Timeout:     timeout,
		Func:        node,
		Pos:         call.Pos(),
	})
	return true
}

// hasTwirpClient reports whether the package of the service interface
// iface declares a twirp client constructor returning it.
func hasTwirpClient(iface types.Type) bool {
	n, ok := types.Unalias(iface).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	scope := n.Obj().Pkg().Scope()
	for _, name := range scope.Names() {
		if fn, ok := scope.Lookup(name).(*types.Func); ok {
			if res, ok := twirpClientCtor(fn); ok && types.Identical(res, iface) {
				return true
			}
		}
	}
	return false
}

// twirpClientCtor recognises a generated twirp client constructor by its
// shape, func NewXProtobufClient(addr string, client HTTPClient[, opts
// ...twirp.ClientOption]) X, where HTTPClient has Do and X is the
// package's service interface, and returns X.
func twirpClientCtor(fn *types.Func) (types.Type, bool) {
	if fn == nil || fn.Pkg() == nil {
		return nil, false
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() != nil || sig.Params().Len() < 2 || sig.Results().Len() != 1 {
		return nil, false
	}
	if b, ok := sig.Params().At(0).Type().Underlying().(*types.Basic); !ok || b.Kind() != types.String {
		return nil, false
	}
	doer, ok := sig.Params().At(1).Type().Underlying().(*types.Interface)
	if !ok || doer.NumMethods() != 1 || doer.Method(0).Name() != "Do" {
		return nil, false
	}
	res := sig.Results().At(0).Type()
	n, ok := types.Unalias(res).(*types.Named)
	if !ok || n.Obj().Pkg() != fn.Pkg() || !types.IsInterface(n) {
		return nil, false
	}
	return res, true
}

// twirpService returns the proto service's full name of a twirp service
// interface X, from the XPathPrefix constant generated beside it
// ("/twirp/twitch.twirp.example.Haberdasher/"), else X's Go name.
func twirpService(iface types.Type) string {
	n := types.Unalias(iface).(*types.Named)
	name := n.Obj().Name()
	if k, ok := n.Obj().Pkg().Scope().Lookup(name + "PathPrefix").(*types.Const); ok && k.Val().Kind() == constant.String {
		p := strings.TrimSuffix(constant.StringVal(k.Val()), "/")
		if s := p[strings.LastIndexByte(p, '/')+1:]; s != "" {
			return s
		}
	}
	return name
}

// twirpServer records the endpoints a generated NewXServer(impl, ...)
// serves: one per method of X, whose full name is /pkg.X/Method. The
// constructor is recognised by its shape: X, an interface of its package,
// first; a result with ServeHTTP. Where the server is mounted
// (mux.Handle(server.PathPrefix(), server)) is not followed.
func (c *collector) twirpServer(call *ast.CallExpr, fn *types.Func) {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() != nil || sig.Params().Len() < 1 || sig.Results().Len() != 1 || len(call.Args) < 1 {
		return
	}
	iface := sig.Params().At(0).Type()
	n, ok := types.Unalias(iface).(*types.Named)
	if !ok || n.Obj().Pkg() != fn.Pkg() || !types.IsInterface(n) {
		return
	}
	if obj, _, _ := types.LookupFieldOrMethod(sig.Results().At(0).Type(), true, nil, "ServeHTTP"); obj == nil {
		return
	}
	svc := twirpService(iface)
	c.rpcEndpoints("twirp", n, call.Args[0], call.Pos(), func(m string) (string, string) { return "/" + svc + "/" + m, svc }, "")
}

// connectHandler records the endpoints a generated connect-go
// NewXHandler(impl, ...) serves: X's methods, named by the XMProcedure
// constants beside it, else by the XName constant. It is recognised by
// its shape: an interface of its package first, (string, http.Handler)
// returned.
func (c *collector) connectHandler(call *ast.CallExpr, fn *types.Func) {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() != nil || sig.Params().Len() < 1 || sig.Results().Len() != 2 || len(call.Args) < 1 {
		return
	}
	if !catalog.IsNamed(sig.Results().At(1).Type(), "net/http", "Handler") {
		return
	}
	n, ok := types.Unalias(sig.Params().At(0).Type()).(*types.Named)
	if !ok || n.Obj().Pkg() != fn.Pkg() || !types.IsInterface(n) {
		return
	}
	base, ok := strings.CutPrefix(fn.Name(), "New")
	if !ok {
		return
	}
	if base, ok = strings.CutSuffix(base, "Handler"); !ok || base == "" {
		return
	}
	scope := fn.Pkg().Scope()
	svc := base
	if k, ok := scope.Lookup(base + "Name").(*types.Const); ok && k.Val().Kind() == constant.String {
		svc = constant.StringVal(k.Val())
	}
	c.rpcEndpoints("connect", n, call.Args[0], call.Pos(), func(m string) (string, string) {
		if k, ok := scope.Lookup(base + m + "Procedure").(*types.Const); ok && k.Val().Kind() == constant.String {
			full := constant.StringVal(k.Val())
			s, _ := splitFull(full)
			return full, s
		}
		return "/" + svc + "/" + m, svc
	}, "")
}

// rpcEndpoints records one endpoint per method of the service interface
// iface, served by impl: its full name and proto service from name.
func (c *collector) rpcEndpoints(protocol string, iface *types.Named, impl ast.Expr, pos token.Pos, name func(method string) (full, svc string), registry string) {
	it := iface.Underlying().(*types.Interface)
	implType := c.pass.TypesInfo.TypeOf(impl)
	for i := 0; i < it.NumMethods(); i++ {
		m := it.Method(i)
		if !m.Exported() {
			continue
		}
		full, svc := name(m.Name())
		e := model.Endpoint{Protocol: protocol, Method: m.Name(), Path: full, GRPCService: svc, Registry: registry, Pos: pos}
		if implType != nil && !types.IsInterface(implType) {
			if obj, _, _ := types.LookupFieldOrMethod(implType, true, nil, m.Name()); obj != nil {
				if h, ok := obj.(*types.Func); ok {
					e.Handler = h
					e.Entries = []model.Node{h}
				}
			}
		}
		c.res.Endpoints = append(c.res.Endpoints, e)
	}
}

// exportRPCFacts finds the methods of generated connect-go clients in the
// package: methods whose body calls a *connect.Client held in a field
// that the package sets to connect.NewClient(httpClient, baseURL+
// procedure).
func (c *collector) exportRPCFacts() {
	if !catalog.ImportsPath(c.pass.Pkg, catalog.IsConnectPath) {
		return
	}
	// The client interfaces: what NewXClient(httpClient, baseURL, ...)
	// returns.
	clients := make(map[types.Type]bool)
	scope := c.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		if fn, ok := scope.Lookup(name).(*types.Func); ok && isConnectClientCtor(fn) {
			clients[fn.Signature().Results().At(0).Type()] = true
		}
	}
	c.rpcMethods(func(call *ast.CallExpr) string {
		if !catalog.IsConnectClientCall(calleeFunc(c.pass.TypesInfo, call)) {
			return ""
		}
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			return c.connectProcedure(sel.X)
		}
		return ""
	}, func(fn *types.Func, full string) {
		c.pass.ExportObjectFact(fn, &RPCMethodFact{Protocol: "connect", Full: full})
		for _, m := range c.clientMethods(fn) {
			// Not the handler interface, whose unary methods have the
			// client's signature.
			if clients[m.Type().(*types.Signature).Recv().Type()] {
				c.pass.ExportObjectFact(m, &RPCMethodFact{Protocol: "connect", Full: full})
			}
		}
	})
}

// isConnectClientCtor reports whether fn has the shape of a generated
// connect-go client constructor, NewXClient(httpClient connect.HTTPClient,
// baseURL string, ...) X.
func isConnectClientCtor(fn *types.Func) bool {
	sig := fn.Signature()
	return sig.Recv() == nil && sig.Params().Len() >= 2 && sig.Results().Len() == 1 && isConnectHTTPClient(sig.Params().At(0).Type())
}

// isConnectHTTPClient reports whether t is connect-go's HTTPClient.
func isConnectHTTPClient(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Name() == "HTTPClient" && n.Obj().Pkg() != nil && catalog.IsConnectPath(n.Obj().Pkg().Path())
}

// connectProcedure returns the procedure of the connect.NewClient that
// made client: the constant added to the base URL ("/pkg.X/Method"), or "".
func (c *collector) connectProcedure(client ast.Expr) string {
	for _, o := range c.vals.Origins(client) {
		mk, ok := o.Expr.(*ast.CallExpr)
		if !ok || len(mk.Args) < 2 || !catalog.IsConnectNewClient(calleeFunc(c.pass.TypesInfo, mk)) {
			continue
		}
		if b, ok := ast.Unparen(mk.Args[1]).(*ast.BinaryExpr); ok && b.Op == token.ADD {
			if s, ok := constantString(c.pass, b.Y); ok && strings.Count(s, "/") == 2 && strings.HasPrefix(s, "/") {
				return s
			}
		}
	}
	return ""
}

// rpcFactCall records a call of a generated connect-go client's method
// (RPCMethodFact), with the base URL given to the client's constructor
// where the receiver's origin shows it (NewXClient(httpClient, baseURL)):
// another function of the client's package is no constructor whose second
// argument is a URL.
func (c *collector) rpcFactCall(call *ast.CallExpr, fn *types.Func, node model.Node) bool {
	var f RPCMethodFact
	if !c.pass.ImportObjectFact(fn.Origin(), &f) {
		return false
	}
	if n, ok := node.(*types.Func); ok && c.generated[n] {
		return true
	}
	svc, method := splitFull(f.Full)
	rc := model.Call{Protocol: f.Protocol, Method: method, GRPCService: svc, GRPCMethod: f.Full, Func: node, Pos: call.Pos()}
	rc.Timeout, rc.Deadline = c.deadline(call, 0, nil)
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		for _, o := range c.vals.Origins(sel.X) {
			mk, ok := o.Expr.(*ast.CallExpr)
			if !ok || len(mk.Args) < 2 {
				continue
			}
			if ctor := calleeFunc(c.pass.TypesInfo, mk); ctor != nil && ctor.Pkg() == fn.Pkg() && isConnectClientCtor(ctor) {
				rc.Target = append(rc.Target, c.vals.StringsAt(o, mk.Args[1])...)
			}
		}
	}
	c.res.Calls = append(c.res.Calls, rc)
	return true
}

// microCall records go-micro's Call(ctx, req, rsp) of a request made by
// NewRequest(name, "X.Method", r): a call of X.Method on the service
// registered as name. The generated client (NewXService(name, c)) keeps
// name in a field, from its constructor's parameter, which the callers
// bind.
func (c *collector) microCall(call *ast.CallExpr, node model.Node) {
	if len(call.Args) < 2 {
		return
	}
	for _, o := range c.vals.Origins(call.Args[1]) {
		mk, ok := o.Expr.(*ast.CallExpr)
		if !ok || len(mk.Args) < 2 || catalog.MicroCall(calleeFunc(c.pass.TypesInfo, mk)) != "request" {
			continue
		}
		endpoint := "?"
		if vs := c.vals.StringsAt(o, mk.Args[1]); len(vs) == 1 {
			if s, known := vs[0].Prefix(); known {
				endpoint = s
			}
		}
		svc, method, ok := strings.Cut(endpoint, ".")
		if !ok {
			svc, method = endpoint, "?"
		}
		timeout, deadline := c.deadline(call, 0, nil)
		c.res.Calls = append(c.res.Calls, model.Call{
			Protocol:    "micro",
			Method:      method,
			GRPCService: svc,
			GRPCMethod:  endpoint,
			Target:      c.vals.StringsAt(o, mk.Args[0]),
			Deadline:    deadline,
			Timeout:     timeout,
			Func:        node,
			Pos:         call.Pos(),
		})
		return
	}
}

// microRegister records the endpoints a generated
// RegisterXHandler(server, h, ...) registers on a go-micro server: X's
// methods, named "X.Method", under the registry name the server's service
// was given (micro.NewService(micro.Name("shippy.service.vessel"))), ""
// when it cannot be seen. It is recognised by its shape: a go-micro
// server.Server first, X's handler interface second.
func (c *collector) microRegister(call *ast.CallExpr, fn *types.Func) {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() != nil || sig.Params().Len() < 2 || len(call.Args) < 2 || !catalog.IsMicroServer(sig.Params().At(0).Type()) {
		return
	}
	n, ok := types.Unalias(sig.Params().At(1).Type()).(*types.Named)
	if !ok || !types.IsInterface(n) {
		return
	}
	base, ok := strings.CutPrefix(fn.Name(), "Register")
	if !ok {
		return
	}
	if base, ok = strings.CutSuffix(base, "Handler"); !ok || base == "" {
		return
	}
	c.rpcEndpoints("micro", n, call.Args[1], call.Pos(), func(m string) (string, string) { return base + "." + m, base }, c.microName(call.Args[0]))
}

// microName returns the registry name of the go-micro service whose
// server s is (service.Server()): the micro.Name option the service was
// made with, or "".
func (c *collector) microName(s ast.Expr) string {
	srv, ok := ast.Unparen(s).(*ast.CallExpr)
	if !ok {
		return ""
	}
	sel, ok := ast.Unparen(srv.Fun).(*ast.SelectorExpr)
	if !ok {
		return ""
	}
	for _, o := range c.vals.Origins(sel.X) {
		mk, ok := o.Expr.(*ast.CallExpr)
		if !ok || !catalog.IsMicroService(calleeFunc(c.pass.TypesInfo, mk)) {
			continue
		}
		for _, arg := range mk.Args {
			opt, ok := ast.Unparen(arg).(*ast.CallExpr)
			if !ok || len(opt.Args) != 1 || !catalog.IsMicroName(calleeFunc(c.pass.TypesInfo, opt)) {
				continue
			}
			if vs := c.vals.StringsAt(o, opt.Args[0]); len(vs) == 1 && vs[0].Known() {
				s, _ := vs[0].Prefix()
				return s
			}
		}
	}
	return ""
}

// twirpRequests drops the HTTP requests a twirp-generated package makes
// itself (its newRequest helper's http.NewRequest): the calls of its
// client's methods are recorded where they are made (twirpCall).
func (c *collector) twirpRequests() {
	if !catalog.ImportsPath(c.pass.Pkg, func(p string) bool { return p == catalog.TwirpPath }) {
		return
	}
	if _, ok := c.pass.Pkg.Scope().Lookup("TwirpServer").(*types.TypeName); !ok {
		return
	}
	calls := c.res.Calls[:0]
	for _, call := range c.res.Calls {
		if call.Protocol != "http" {
			calls = append(calls, call)
		}
	}
	c.res.Calls = calls
}
