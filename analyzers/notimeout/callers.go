package notimeout

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/boundcheck/boundcheck/analyzers/check"
	"github.com/boundcheck/boundcheck/model"
	"github.com/boundcheck/boundcheck/rules/catalog"
)

// This file judges a handler's context by the callers of the endpoints it
// serves. The context of an incoming request or RPC has the deadline its
// caller gave it: gRPC sends it along, and an HTTP client that gives up
// closes the connection, which ends the server's request context. So a
// call on that context is bounded when every caller the model shows sets a
// deadline, and a finding names the callers that set none.

// upstream indexes the model's endpoints by the call-graph nodes their
// handlers start at, and the sync edges that reach each endpoint from
// another service.
type upstream struct {
	m       *model.Model
	kit     map[string][]string // the conditions of go-kit endpoint calls the program meets, and by which services (holds)
	byEntry map[model.Node][]*model.ServiceEndpoint
	callers map[*model.ServiceEndpoint][]*model.SyncEdge
}

// holds reports whether one of svcs (any service, when none is given)
// meets cond (Reach.If): a set of go-kit endpoints that a client the
// service makes fills.
func (u *upstream) holds(cond string, svcs []string) bool {
	by := u.kit[cond]
	if len(svcs) == 0 {
		return len(by) > 0
	}
	return slices.ContainsFunc(svcs, func(s string) bool { return slices.Contains(by, s) })
}

func newUpstream(m *model.Model) *upstream {
	u := &upstream{m: m, byEntry: make(map[model.Node][]*model.ServiceEndpoint), callers: make(map[*model.ServiceEndpoint][]*model.SyncEdge)}
	if m == nil {
		return u
	}
	u.kit = make(map[string][]string)
	for _, e := range slices.Concat(m.Sync, m.SelfCalls) {
		if e.Call != nil && e.Call.Made {
			for _, set := range e.Call.Sets {
				if k := "gokit:" + set; !slices.Contains(u.kit[k], e.From) {
					u.kit[k] = append(u.kit[k], e.From)
				}
			}
		}
	}
	for _, ep := range m.Endpoints {
		var nodes []model.Node
		if ep.Handler != nil {
			nodes = append(nodes, ep.Handler)
		}
		nodes = append(nodes, ep.Entries...)
		for _, n := range nodes {
			if !slices.Contains(u.byEntry[n], ep) {
				u.byEntry[n] = append(u.byEntry[n], ep)
			}
		}
	}
	for _, e := range m.Sync {
		if e.Endpoint != nil && e.From != e.Endpoint.Service && !e.External() {
			u.callers[e.Endpoint] = append(u.callers[e.Endpoint], e)
		}
	}
	return u
}

// of returns the calls from other services that reach the endpoints of
// svcs whose handler is h (a *types.Func, or a function literal's
// position), and those among them that set no deadline. No callers: the
// model does not show who calls, and the context is judged as before.
func (u *upstream) of(h model.Node, svcs []string) (callers, late []*model.SyncEdge) {
	for _, ep := range u.byEntry[h] {
		if len(svcs) > 0 && !slices.Contains(svcs, ep.Service) {
			continue
		}
		for _, e := range u.callers[ep] {
			callers = append(callers, e)
			if !e.HasDeadline() {
				late = append(late, e)
			}
		}
	}
	return callers, late
}

// handlerNode returns the model's node for a pending finding's handler.
func (p *Pending) handlerNode() model.Node {
	switch {
	case p.Handler != nil:
		return p.Handler
	case p.HandlerLit.IsValid():
		return p.HandlerLit
	}
	return nil
}

// lateClause says which callers set no deadline, and adds each call as a
// related position of d.
func (u *upstream) lateClause(d *analysis.Diagnostic, late []*model.SyncEdge) string {
	late = slices.Clone(late)
	slices.SortFunc(late, func(a, b *model.SyncEdge) int { return u.m.Compare(a.Call.Pos, b.Call.Pos) })
	var names []string
	for _, e := range late {
		pos := u.m.Fset.Position(e.Call.Pos)
		names = append(names, fmt.Sprintf("%s at %s:%d", e.From, check.BaseName(pos.Filename), pos.Line))
		d.Related = append(d.Related, analysis.RelatedInformation{Pos: e.Call.Pos, Message: e.From + " calls " + e.Detail + " here without a deadline"})
	}
	names = slices.Compact(names)
	if len(names) == 1 {
		return "its caller sets no deadline: " + names[0]
	}
	return "its callers set no deadline: " + strings.Join(names, ", ")
}

// rpcServed are the protocols whose handlers are methods given the
// caller's context first: gRPC's, and connect-go's and twirp's, which are
// served over HTTP. And guards says what sets a deadline on their
// contexts in the service.
var (
	rpcServed = map[string]bool{"grpc": true, "connect": true, "twirp": true}
	guards    = map[string]string{"grpc": "server interceptor", "connect": "interceptor or timeout middleware", "twirp": "timeout middleware"}
)

// grpcHandlers reports the gRPC handlers whose context parameter reaches
// outbound calls while it may carry no deadline: gRPC hands the handler
// its caller's deadline, and a caller in another service sends none, or
// (as for an incoming HTTP request) no analysed service calls it and the
// service installs no server interceptor that sets one (guarded). A
// handler whose every caller in the model sets a deadline is bounded. The
// handlers of connect-go and twirp services are judged the same way; their
// contexts are the HTTP request's, which timeout middleware bounds too.
func (u *upstream) grpcHandlers(fset *token.FileSet, sinks map[*types.Func][]SinkParam, impls implsOf, guarded func(pkg, proto string) bool, services func(pkg string) []string, runs func(pkg, svc string) bool) map[string][]analysis.Diagnostic {
	out := make(map[string][]analysis.Diagnostic)
	if u.m == nil {
		return out
	}
	var files map[string]*token.File
	seen := make(map[string]bool)
	for _, ep := range u.m.Endpoints {
		h := ep.Handler
		if !rpcServed[ep.Protocol] || h == nil || h.Pkg() == nil {
			continue
		}
		var ctx *SinkParam
		for i, p := range sinks[h] {
			if p.Kind == kindCtx && p.Index == 0 {
				ctx = &sinks[h][i]
			}
		}
		if ctx == nil && impls != nil {
			// Registered as an interface (a constructor that returns
			// pb.XServer): the method of the type the service makes.
			for _, f := range impls(h, ep.Pkg) {
				for i, p := range sinks[f] {
					if p.Kind == kindCtx && p.Index == 0 && ctx == nil {
						ctx, h = &sinks[f][i], f
					}
				}
			}
		}
		if ctx == nil {
			continue
		}
		reaches := serviceReaches(ctx.Reaches, []string{ep.Service}, services, runs, u.holds)
		if len(reaches) == 0 {
			continue
		}
		callers, late := u.of(ep.Handler, []string{ep.Service})
		d := analysis.Diagnostic{Pos: h.Pos()}
		var clause string
		switch {
		case guarded(ep.Pkg, ep.Protocol):
			continue // the service's server sets a deadline, whatever its callers send
		case len(late) > 0:
			clause = "which has no deadline (" + u.lateClause(&d, late) + ")"
		case len(callers) > 0:
			continue
		default:
			clause = "which has a deadline only if the caller sends one (no analysed service calls it, and service " + ep.Service + " installs no " + guards[ep.Protocol] + " that sets one)"
		}
		d.Message = fmt.Sprintf("%s serves %s with its caller's context, %s; it reaches %s; set a deadline in the handler or a server interceptor (context.WithTimeout)",
			shortName(h), ep.Path, clause, reachText(reaches))
		if key := fmt.Sprint(d.Pos, d.Message); seen[key] {
			continue
		} else {
			seen[key] = true
		}
		if fset != nil {
			if files == nil {
				files = fileIndex(fset)
			}
			d.Related = append(d.Related, reachRelated(files, reaches)...)
		}
		out[h.Pkg().Path()] = append(out[h.Pkg().Path()], d)
	}
	return out
}

// serverDeadline reports whether the package declares a gRPC unary server
// interceptor (a function that takes a grpc.UnaryHandler) that derives a
// context with a deadline, or serves through a framework whose servers set
// one by default (catalog.DeadlineServer): the service's handlers may
// then have one whatever their callers send.
func serverDeadline(pass *analysis.Pass) bool {
	if catalog.ImportsPath(pass.Pkg, func(path string) bool { return catalog.DeadlineServer(path) == "grpc" }) {
		return true // go-zero's, Kratos' servers: a deadline by default
	}
	if !catalog.ImportsPath(pass.Pkg, func(path string) bool { return path == catalog.GRPCPath || catalog.IsConnectPath(path) }) {
		return false
	}
	found := false
	for _, f := range pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			if found {
				return false
			}
			var ft *ast.FuncType
			var body *ast.BlockStmt
			switch n := n.(type) {
			case *ast.FuncDecl:
				ft, body = n.Type, n.Body
			case *ast.FuncLit:
				ft, body = n.Type, n.Body
			default:
				return true
			}
			if body == nil || !takesUnaryHandler(pass.TypesInfo, ft) {
				return true
			}
			ast.Inspect(body, func(n ast.Node) bool {
				if call, ok := n.(*ast.CallExpr); ok {
					if fn, ok := typeutil.Callee(pass.TypesInfo, call).(*types.Func); ok && catalog.IsDeadline(fn) {
						found = true
					}
				}
				return !found
			})
			return !found
		})
	}
	return found
}

func takesUnaryHandler(info *types.Info, ft *ast.FuncType) bool {
	if ft.Params == nil {
		return false
	}
	for _, p := range ft.Params.List {
		t := info.TypeOf(p.Type)
		if catalog.IsNamed(t, catalog.GRPCPath, "UnaryHandler") {
			return true
		}
		if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil && catalog.IsConnectPath(n.Obj().Pkg().Path()) && n.Obj().Name() == "UnaryFunc" {
			return true
		}
	}
	return false
}

// httpServerDeadline reports whether the package serves HTTP through a
// framework whose servers put a deadline on every request by default
// (go-zero's rest, Kratos' HTTP transport): as a timeout middleware does.
func httpServerDeadline(pkg *types.Package) bool {
	return catalog.ImportsPath(pkg, func(path string) bool { return catalog.DeadlineServer(path) == "http" })
}
