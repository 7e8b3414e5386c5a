package interactions

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"github.com/boundcheck/boundcheck/internal/values"
	"github.com/boundcheck/boundcheck/model"
	"github.com/boundcheck/boundcheck/rules/catalog"
)

// Dapr service invocation (rules/catalog/dapr.go), recorded as HTTP calls
// and endpoints whose app-id the model resolves to a service
// (model/dapr.go):
//
//   - a Dapr client's InvokeMethod, InvokeMethodWithContent or
//     InvokeMethodWithCustomContent(ctx, appID, method, verb, ...) is a call
//     of verb on path "/"+method with AppID appID;
//   - AddServiceInvocationHandler(name, fn) on a Dapr service serves
//     "/"+name (a leading "/" is optional) for any verb, handled by fn;
//   - an HTTP request whose dapr-app-id header is set, as an idempotency
//     key's is found (headers.go), carries its value as AppID. Whether its
//     host is the sidecar is the model's to say; a request to the sidecar's
//     /v1.0/invoke/<app-id>/method/ API needs nothing here.

// daprInvoke records a Dapr client's invocation call; it reports whether
// fn is one.
func (c *collector) daprInvoke(call *ast.CallExpr, fn *types.Func, node model.Node) bool {
	inv, ok := catalog.DaprInvokeOf(fn)
	if !ok {
		return false
	}
	if max(inv.Ctx, inv.AppID, inv.Method, inv.Verb) >= len(call.Args) {
		return true
	}
	hc := model.Call{Protocol: "http", Func: node, Pos: call.Pos()}
	if vs := c.vals.Strings(call.Args[inv.Verb]); len(vs) == 1 {
		if m, known := vs[0].Prefix(); known {
			hc.Method = strings.ToUpper(m)
		}
	}
	hc.AppID = c.vals.Strings(call.Args[inv.AppID])
	for _, m := range c.vals.Strings(call.Args[inv.Method]) {
		hc.URL = append(hc.URL, daprMethodPath(m))
	}
	hc.Timeout, hc.Deadline = c.deadline(call, inv.Ctx, nil)
	c.res.Calls = append(c.res.Calls, hc)
	return true
}

// daprMethodPath returns the path a Dapr method name stands for: "orders"
// and "/orders" are "/orders".
func daprMethodPath(m model.Value) model.Value {
	if p, _ := m.Prefix(); strings.HasPrefix(p, "/") {
		return m
	}
	return values.Join(values.Lit("/"), m)
}

// daprHandler records the endpoint an AddServiceInvocationHandler call
// serves.
func (c *collector) daprHandler(call *ast.CallExpr, fn *types.Func) {
	if !catalog.DaprInvocationHandler(fn) || len(call.Args) != 2 {
		return
	}
	e := model.Endpoint{Protocol: "http", Pos: call.Pos(), Entries: entries(c.pass, call.Args[1])}
	e.Handler = handlerOf(e.Entries)
	e.Path = "?"
	if name, known := constantString(c.pass, call.Args[0]); known && strings.Trim(name, "/") != "" {
		e.Path = "/" + strings.TrimPrefix(name, "/")
	}
	c.res.Endpoints = append(c.res.Endpoints, e)
}

// daprAppID returns the values of the dapr-app-id header set on the
// request call makes or sends: in its chain
// (client.R().SetHeader("dapr-app-id", id).Post(url)), or on the local
// variable that holds the request (req.Header.Set("dapr-app-id", id)).
func (c *collector) daprAppID(call *ast.CallExpr) []model.Value {
	if c.body == nil {
		return nil
	}
	setters := c.daprSetters()
	if len(setters) == 0 {
		return nil
	}
	var out []model.Value
	for _, inner := range chainCalls(call) {
		if slices.Contains(setters, inner) {
			out = append(out, c.vals.Strings(inner.Args[1])...)
		}
	}
	v := c.requestVar(call)
	if v == nil {
		return out
	}
	for _, n := range setters {
		if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok && c.requestRoot(sel.X) == v {
			out = append(out, c.vals.Strings(n.Args[1])...)
		}
	}
	return out
}

// daprSetters returns the calls in the body being walked that set a
// dapr-app-id header, named by a constant (catalog.HeaderSetter,
// catalog.DaprAppIDHeader), in order.
func (c *collector) daprSetters() []*ast.CallExpr {
	if found, ok := c.daprSets[c.body]; ok {
		return found
	}
	var found []*ast.CallExpr
	ast.Inspect(c.body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 2 || !catalog.HeaderSetter(calleeFunc(c.pass.TypesInfo, call)) {
			return true
		}
		if name, known := constantString(c.pass, call.Args[0]); known && catalog.DaprAppIDHeader(name) {
			found = append(found, call)
		}
		return true
	})
	if c.daprSets == nil {
		c.daprSets = make(map[*ast.BlockStmt][]*ast.CallExpr)
	}
	c.daprSets[c.body] = found
	return found
}
