package interactions

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"
	"time"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/boundcheck/boundcheck/internal/values"
	"github.com/boundcheck/boundcheck/model"
	"github.com/boundcheck/boundcheck/rules/catalog"
)

// GRPCMethodFact marks a method of a generated gRPC client, and the
// method of the client interface it implements, with the full name of the
// RPC it invokes. Code from protoc-gen-go-grpc before v1.3 writes the name
// only inside the method's body, so callers in other packages learn it
// from this fact.
type GRPCMethodFact struct {
	Full string // "/orders.v1.Orders/GetOrder"
}

func (*GRPCMethodFact) AFact() {}

func (f *GRPCMethodFact) String() string { return "grpc " + f.Full }

// GRPCServiceFact marks a generated RegisterXServer function with the
// proto service's full name, read from the ServiceDesc it registers: code
// from protoc-gen-go-grpc before v1.3 has no FullMethodName constants.
type GRPCServiceFact struct {
	Name string // "fraud.v1.Fraud"
	// Methods maps a Go method name to the proto method's name where they
	// differ (a proto method named in lowerCamelCase: "homestayOrderDetail"
	// is served by HomestayOrderDetail), read from the ServiceDesc's
	// MethodName and StreamName beside each handler.
	Methods map[string]string
}

func (*GRPCServiceFact) AFact() {}

func (f *GRPCServiceFact) String() string { return "grpc service " + f.Name }

// exportServiceNames finds the package's RegisterXServer functions that
// call s.RegisterService(&desc, srv) with a package-level ServiceDesc
// literal, and records its ServiceName.
func (c *collector) exportServiceNames() {
	descs := make(map[types.Object]string) // desc variable → ServiceName
	methods := make(map[types.Object]map[string]string)
	for _, f := range c.pass.Files {
		for _, decl := range f.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				for i, name := range vs.Names {
					if i >= len(vs.Values) {
						continue
					}
					lit, ok := vs.Values[i].(*ast.CompositeLit)
					if !ok || !catalog.IsNamed(c.pass.TypesInfo.TypeOf(lit), catalog.GRPCPath, "ServiceDesc") {
						continue
					}
					if e := c.vals.LitField(lit, "ServiceName"); e != nil {
						if tv, ok := c.pass.TypesInfo.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
							descs[c.pass.TypesInfo.Defs[name]] = constant.StringVal(tv.Value)
							methods[c.pass.TypesInfo.Defs[name]] = c.descMethods(lit)
						}
					}
				}
			}
		}
	}
	if len(descs) == 0 {
		return
	}
	for _, f := range c.pass.Files {
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Recv != nil || fd.Body == nil || !strings.HasPrefix(fd.Name.Name, "Register") {
				continue
			}
			fn, ok := c.pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if !ok {
				continue
			}
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok || len(call.Args) != 2 {
					return true
				}
				if callee := calleeFunc(c.pass.TypesInfo, call); callee == nil || callee.Name() != "RegisterService" ||
					callee.Pkg() == nil || callee.Pkg().Path() != catalog.GRPCPath {
					return true
				}
				u, ok := ast.Unparen(call.Args[0]).(*ast.UnaryExpr)
				if !ok || u.Op != token.AND {
					return true
				}
				if id, ok := ast.Unparen(u.X).(*ast.Ident); ok {
					if name, ok := descs[c.pass.TypesInfo.Uses[id]]; ok {
						c.pass.ExportObjectFact(fn, &GRPCServiceFact{Name: name, Methods: methods[c.pass.TypesInfo.Uses[id]]})
					}
				}
				return true
			})
		}
	}
}

// descMethods reads a ServiceDesc literal's Methods and Streams: each
// entry's MethodName or StreamName, and the Go method its handler
// (_Order_HomestayOrderDetail_Handler) calls, where the two differ.
func (c *collector) descMethods(desc *ast.CompositeLit) map[string]string {
	var out map[string]string
	for _, list := range []struct{ field, name string }{{"Methods", "MethodName"}, {"Streams", "StreamName"}} {
		e, ok := c.vals.LitField(desc, list.field).(*ast.CompositeLit)
		if !ok {
			continue
		}
		for _, elt := range e.Elts {
			entry, ok := elt.(*ast.CompositeLit)
			if !ok {
				continue
			}
			protoName, ok := constantString(c.pass, c.vals.LitField(entry, list.name))
			h, isIdent := c.vals.LitField(entry, "Handler").(*ast.Ident)
			if !ok || !isIdent {
				continue
			}
			// _<Service>_<Method>_Handler: the Go method is the last
			// element before _Handler.
			rest, found := strings.CutSuffix(h.Name, "_Handler")
			i := strings.LastIndexByte(rest, '_')
			if !found || i < 0 {
				continue
			}
			if goName := rest[i+1:]; goName != protoName {
				if out == nil {
					out = make(map[string]string)
				}
				out[goName] = protoName
			}
		}
	}
	return out
}

// outbound records an outbound HTTP request or gRPC call.
func (c *collector) outbound(call *ast.CallExpr, fn *types.Func, node model.Node) {
	name := fn.Origin().FullName()
	if c.daprInvoke(call, fn, node) {
		return
	}
	if req, ok := catalog.RequestOf(name); ok {
		c.httpCall(call, req, node)
		return
	}
	if c.netRPCCall(call, fn, node) {
		return
	}
	switch name {
	case "(*google.golang.org/grpc.ClientConn).Invoke", "(google.golang.org/grpc.ClientConnInterface).Invoke",
		"(*google.golang.org/grpc.ClientConn).NewStream", "(google.golang.org/grpc.ClientConnInterface).NewStream":
		c.invoke(call, fn, node)
		return
	}
	if full, ok := c.grpcMethod(fn); ok {
		svc, method := splitFull(full)
		timeout, deadline := c.deadline(call, 0, nil)
		c.res.Calls = append(c.res.Calls, model.Call{
			Protocol:    "grpc",
			Method:      method,
			GRPCService: svc,
			GRPCMethod:  full,
			Target:      c.dialTarget(call),
			Deadline:    deadline,
			Timeout:     timeout,
			Func:        node,
			Pos:         call.Pos(),
		})
	}
}

// httpCall records an HTTP request with its method and URL.
func (c *collector) httpCall(call *ast.CallExpr, req catalog.Request, node model.Node) {
	if req.URL >= len(call.Args) {
		return
	}
	hc := model.Call{Protocol: "http", Method: req.Method, Func: node, Pos: call.Pos()}
	if req.MethodArg >= 0 && req.MethodArg < len(call.Args) {
		if vs := c.vals.Strings(call.Args[req.MethodArg]); len(vs) == 1 {
			if m, known := vs[0].Prefix(); known {
				hc.Method = strings.ToUpper(m)
			}
		}
	}
	hc.URL = c.vals.Strings(call.Args[req.URL])
	hc.Timeout, hc.Deadline = c.deadline(call, req.Ctx, c.body)
	if req.Resty {
		hc.URL = c.restyURLs(hc.URL)
	}
	hc.IdempotencyKey = c.idempotencyKey(call)
	hc.AppID = c.daprAppID(call)
	c.res.Calls = append(c.res.Calls, hc)
}

// restyURLs puts the package's resty base URLs in front of relative URLs.
func (c *collector) restyURLs(urls []model.Value) []model.Value {
	if c.restyBases == nil {
		c.restyBases = []model.Value{}
		for _, f := range c.pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok || len(call.Args) != 1 {
					return true
				}
				if fn := calleeFunc(c.pass.TypesInfo, call); fn != nil && catalog.RestyBaseURL(fn.FullName()) {
					c.restyBases = append(c.restyBases, c.vals.Strings(call.Args[0])...)
				}
				return true
			})
		}
	}
	if len(c.restyBases) == 0 {
		return urls
	}
	var out []model.Value
	for _, u := range urls {
		if p, _ := u.Prefix(); strings.Contains(p, "://") || len(u.Parts) > 0 && u.Parts[0].Lit == "" {
			out = append(out, u)
			continue
		}
		for _, b := range c.restyBases {
			out = append(out, values.Join(b, u))
		}
	}
	return out
}

// invoke records a call of ClientConn.Invoke or NewStream made outside a
// generated client (whose callers are recorded instead).
func (c *collector) invoke(call *ast.CallExpr, fn *types.Func, node model.Node) {
	arg := 1
	if fn.Name() == "NewStream" {
		arg = 2
	}
	if arg >= len(call.Args) {
		return
	}
	if f, ok := node.(*types.Func); ok && c.generated[f] {
		return
	}
	vs := c.vals.Strings(call.Args[arg])
	full, known := vs[0].Prefix()
	if len(vs) != 1 || !known {
		full = "/?/?"
	}
	svc, method := splitFull(full)
	c.res.Calls = append(c.res.Calls, model.Call{Protocol: "grpc", Method: method, GRPCService: svc, GRPCMethod: full, Func: node, Pos: call.Pos()})
}

// grpcMethod returns the full RPC name of a generated client method: from
// the fact its package exports, from the X_Method_FullMethodName constant
// protoc-gen-go-grpc v1.3+ writes, or from the Go names.
func (c *collector) grpcMethod(fn *types.Func) (string, bool) {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil || !sig.Variadic() || sig.Params().Len() < 2 || fn.Pkg() == nil {
		return "", false
	}
	opts, ok := sig.Params().At(sig.Params().Len() - 1).Type().(*types.Slice)
	if !ok || !catalog.IsNamed(opts.Elem(), catalog.GRPCPath, "CallOption") || !catalog.IsContext(sig.Params().At(0).Type()) {
		return "", false
	}
	var fact GRPCMethodFact
	if c.pass.ImportObjectFact(fn.Origin(), &fact) {
		return fact.Full, true
	}
	recv := typeName(sig.Recv().Type())
	base, ok := strings.CutSuffix(recv, "Client")
	if !ok || base == "" {
		return "", false
	}
	base = strings.ToUpper(base[:1]) + base[1:]
	if k, ok := fn.Pkg().Scope().Lookup(base + "_" + fn.Name() + "_FullMethodName").(*types.Const); ok && k.Val().Kind() == constant.String {
		return constant.StringVal(k.Val()), true
	}
	return "/" + base + "/" + fn.Name(), true
}

// exportGRPCFacts finds the methods of generated gRPC clients in the
// package: methods whose body invokes one RPC by a constant name.
func (c *collector) exportGRPCFacts() {
	c.generated = make(map[*types.Func]bool)
	c.rpcMethods(func(call *ast.CallExpr) string {
		callee := calleeFunc(c.pass.TypesInfo, call)
		if callee == nil || callee.Pkg() == nil || callee.Pkg().Path() != catalog.GRPCPath {
			return ""
		}
		arg := -1
		switch callee.Name() {
		case "Invoke":
			arg = 1
		case "NewStream":
			arg = 2
		}
		if arg < 0 || arg >= len(call.Args) {
			return ""
		}
		if tv, ok := c.pass.TypesInfo.Types[call.Args[arg]]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
			return constant.StringVal(tv.Value)
		}
		return ""
	}, func(fn *types.Func, full string) {
		c.pass.ExportObjectFact(fn, &GRPCMethodFact{Full: full})
		// The client interfaces the type implements: OrdersClient.
		for _, m := range c.clientMethods(fn) {
			c.pass.ExportObjectFact(m, &GRPCMethodFact{Full: full})
		}
	})
}

// rpcMethods finds the package's methods whose body calls one RPC, named
// by the first call that method(call) names it in ("/orders.v1.Orders/Get"),
// marks each generated and hands it to export with that name.
func (c *collector) rpcMethods(method func(call *ast.CallExpr) string, export func(fn *types.Func, full string)) {
	for _, f := range c.pass.Files {
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Recv == nil || fd.Body == nil {
				continue
			}
			fn, ok := c.pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if !ok {
				continue
			}
			full := ""
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				if call, ok := n.(*ast.CallExpr); ok && full == "" {
					full = method(call)
				}
				return full == ""
			})
			if full != "" {
				c.generated[fn] = true
				export(fn, full)
			}
		}
	}
}

// clientMethods returns the methods named like fn of the package's
// interfaces that fn's receiver type implements: a generated client's
// interface (OrdersClient for *ordersClient).
func (c *collector) clientMethods(fn *types.Func) []*types.Func {
	recv := fn.Type().(*types.Signature).Recv().Type()
	scope := c.pass.Pkg.Scope()
	var out []*types.Func
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || !types.IsInterface(tn.Type()) {
			continue
		}
		iface := tn.Type().Underlying().(*types.Interface)
		if iface.Empty() || !types.Implements(recv, iface) {
			continue
		}
		for i := 0; i < iface.NumMethods(); i++ {
			if m := iface.Method(i); m.Name() == fn.Name() && m.Pkg() == c.pass.Pkg {
				out = append(out, m)
			}
		}
	}
	return out
}

// dialTarget resolves the address of the connection a generated client
// method is called on: the client's origin is NewXClient(conn), the
// connection's is grpc.Dial, DialContext or NewClient.
func (c *collector) dialTarget(call *ast.CallExpr) []model.Value {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	var out []model.Value
	for _, o := range c.vals.Origins(sel.X) {
		mk, ok := o.Expr.(*ast.CallExpr)
		if !ok || len(mk.Args) != 1 {
			continue
		}
		for _, co := range c.vals.OriginsAt(o, mk.Args[0]) {
			out = append(out, c.dialCallTarget(co)...)
		}
	}
	return out
}

// dialCallTarget returns the target of the grpc.Dial, DialContext or
// NewClient call that o is, or nil when o is no such call.
func (c *collector) dialCallTarget(o values.Origin) []model.Value {
	dial, ok := o.Expr.(*ast.CallExpr)
	if !ok {
		return nil
	}
	fn := calleeFunc(c.pass.TypesInfo, dial)
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != catalog.GRPCPath {
		return nil
	}
	arg := -1
	switch fn.Name() {
	case "Dial", "NewClient":
		arg = 0
	case "DialContext":
		arg = 1
	}
	if arg < 0 || arg >= len(dial.Args) {
		return nil
	}
	return c.vals.StringsAt(o, dial.Args[arg])
}

// splitFull splits "/orders.v1.Orders/GetOrder" into the service and the
// method.
func splitFull(full string) (svc, method string) {
	svc, method, _ = strings.Cut(strings.TrimPrefix(full, "/"), "/")
	return svc, method
}

func typeName(t types.Type) string {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Name()
	}
	return ""
}

func calleeFunc(info *types.Info, call *ast.CallExpr) *types.Func {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	return fn
}

// deadline returns the time limit the code puts on a call: whether it has
// one, and its length when a constant says (0 when not). The limit is the
// deadline of the context the call is given, from a call the catalog says
// derives one (catalog.Deadline: context.WithTimeout, WithDeadline and their
// Cause variants), or the timeout fields of the *http.Client that sends
// the request (the only client that sends one in the function).
func (c *collector) deadline(call *ast.CallExpr, ctxArg int, body ast.Node) (time.Duration, bool) {
	has := false
	if ctxArg >= 0 && ctxArg < len(call.Args) {
		c.noteCtxParam(call, call.Args[ctxArg])
		for _, o := range c.vals.Origins(call.Args[ctxArg]) {
			wt, ok := o.Expr.(*ast.CallExpr)
			if !ok {
				continue
			}
			set, length := catalog.Deadline(calleeFunc(c.pass.TypesInfo, wt))
			if !set {
				continue
			}
			has = true
			if length >= 0 && length < len(wt.Args) {
				if d, ok := c.duration(wt.Args[length]); ok {
					return d, true
				}
			}
		}
	}
	if body == nil {
		return 0, has
	}
	// The client that sends a request in the same function.
	var clients []ast.Expr
	ast.Inspect(body, func(n ast.Node) bool {
		if send, ok := n.(*ast.CallExpr); ok {
			if fn := calleeFunc(c.pass.TypesInfo, send); fn != nil && catalog.OutboundCall(fn).SendsWithClient() {
				if sel, ok := ast.Unparen(send.Fun).(*ast.SelectorExpr); ok {
					clients = append(clients, sel.X)
				}
			}
		}
		return true
	})
	if len(clients) != 1 {
		return 0, has
	}
	for _, o := range c.vals.Origins(clients[0]) {
		lit, ok := o.Expr.(*ast.CompositeLit)
		if !ok {
			continue
		}
		for _, field := range catalog.TimeoutFieldsOf(c.pass.TypesInfo.TypeOf(lit)) {
			if t := c.vals.LitField(lit, field); t != nil {
				if d, ok := c.duration(t); ok {
					return d, true
				}
				if !c.constant(t) {
					has = true
				}
			}
		}
	}
	return 0, has
}

// noteCtxParam records, for call, the parameter of the function around it
// that its context argument ctx is, when ctx is that and nothing else: a
// client's method (account.Client.PostAccount(ctx, ...)) whose callers
// decide the deadline (ctxParams, Call.CtxParam).
func (c *collector) noteCtxParam(call *ast.CallExpr, ctx ast.Expr) {
	if len(c.vals.Origins(ctx)) > 0 {
		return
	}
	if open := c.vals.OpenAt(values.Origin{}, ctx); len(open) == 1 && !strings.HasPrefix(open[0], "field ") {
		if c.ctxParams == nil {
			c.ctxParams = make(map[token.Pos]string)
		}
		c.ctxParams[call.Pos()] = open[0]
	}
}

// ctxDeadlines records the static calls that give a function of another
// analysed package a context with a deadline (model.CtxDeadline), and
// marks each call of the package whose context is its function's
// parameter (Call.CtxParam).
func (c *collector) ctxDeadlines() {
	for i := range c.res.Calls {
		if call := &c.res.Calls[i]; !call.Deadline {
			call.CtxParam = c.ctxParams[call.Pos]
		}
	}
	for _, sc := range c.static {
		if sc.fn.Pkg() == nil || sc.fn.Pkg() == c.pass.Pkg || outside(sc.fn.Pkg().Path()) {
			continue
		}
		params := sc.fn.Type().(*types.Signature).Params()
		for i := 0; i < params.Len() && i < len(sc.call.Args); i++ {
			if !catalog.IsContext(params.At(i).Type()) {
				continue
			}
			if _, has := c.deadline(sc.call, i, nil); has {
				c.res.CtxDeadlines = append(c.res.CtxDeadlines, model.CtxDeadline{Param: values.ParamKey(sc.fn, i), Pos: sc.call.Pos()})
			}
		}
	}
}

// constant reports whether e is a constant expression.
func (c *collector) constant(e ast.Expr) bool {
	tv, ok := c.pass.TypesInfo.Types[e]
	return ok && tv.Value != nil
}

// duration returns a constant time.Duration's value.
func (c *collector) duration(e ast.Expr) (time.Duration, bool) {
	tv, ok := c.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil {
		return 0, false
	}
	v, exact := constant.Int64Val(constant.ToInt(tv.Value))
	if !exact || v <= 0 {
		return 0, false
	}
	return time.Duration(v), true
}
