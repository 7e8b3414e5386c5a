package interactions

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/boundcheck/boundcheck/internal/values"
	"github.com/boundcheck/boundcheck/model"
)

// net/rpc, the standard library's RPC: a server registers a receiver's
// methods under its type's name (rpc.Register(new(RPCServer)) serves
// "RPCServer.LogInfo") or a name it gives (RegisterName); a client dialled
// to an address calls one by that name (client.Call("RPCServer.LogInfo",
// args, &reply)). Both ends are recorded with protocol "rpc", the name
// before the dot as the service and the method after it, so that the
// model resolves a call as it does a gRPC one: by the service that
// registers the method, else by the dial's address.

const netRPCPath = "net/rpc"

// netRPCCall records a net/rpc client call, reporting whether fn is one.
func (c *collector) netRPCCall(call *ast.CallExpr, fn *types.Func, node model.Node) bool {
	switch fn.Origin().FullName() {
	case "(*net/rpc.Client).Call", "(*net/rpc.Client).Go":
	default:
		return false
	}
	if len(call.Args) == 0 {
		return true
	}
	// A name not known is said as such ("{?}", "RPCServer.{?}"); the
	// dial's address alone decides where it goes.
	rc := model.Call{Protocol: "rpc", Target: c.netRPCTarget(call), Func: node, Pos: call.Pos(), GRPCMethod: values.UnknownText}
	if vs := c.vals.Strings(call.Args[0]); len(vs) == 1 {
		rc.GRPCMethod = vs[0].Render(values.Style{})
		if name, known := vs[0].Prefix(); known {
			if svc, method, ok := cutLast(name, "."); ok {
				rc.GRPCService, rc.Method = svc, method
			}
		}
	}
	c.res.Calls = append(c.res.Calls, rc)
	return true
}

// netRPCTarget returns the addresses the client call is made on was
// dialled to (rpc.Dial, DialHTTP, DialHTTPPath, jsonrpc.Dial: the second
// argument).
func (c *collector) netRPCTarget(call *ast.CallExpr) []model.Value {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	var out []model.Value
	for _, o := range c.vals.Origins(sel.X) {
		dial, ok := o.Expr.(*ast.CallExpr)
		if !ok {
			continue
		}
		fn := calleeFunc(c.pass.TypesInfo, dial)
		if fn == nil || fn.Pkg() == nil || (fn.Pkg().Path() != netRPCPath && fn.Pkg().Path() != netRPCPath+"/jsonrpc") || !strings.HasPrefix(fn.Name(), "Dial") || len(dial.Args) < 2 {
			continue
		}
		out = append(out, c.vals.StringsAt(o, dial.Args[1])...)
	}
	return out
}

// netRPCRegister records the endpoints a net/rpc registration serves:
// each method of the receiver shaped as net/rpc requires, named
// "Name.Method".
func netRPCRegister(info *types.Info, vals *values.Resolver, call *ast.CallExpr, fn *types.Func, res *model.Result) {
	full := fn.Origin().FullName()
	var name string
	var rcvr ast.Expr
	switch full {
	case "net/rpc.Register", "(*net/rpc.Server).Register":
		if len(call.Args) != 1 {
			return
		}
		rcvr = call.Args[0]
		t := info.TypeOf(rcvr)
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		n, ok := types.Unalias(t).(*types.Named)
		if !ok {
			return
		}
		name = n.Obj().Name()
	case "net/rpc.RegisterName", "(*net/rpc.Server).RegisterName":
		if len(call.Args) != 2 {
			return
		}
		rcvr = call.Args[1]
		vs := vals.Strings(call.Args[0])
		if len(vs) != 1 {
			return
		}
		known := false
		if name, known = vs[0].Prefix(); !known {
			return
		}
	default:
		return
	}
	t := info.TypeOf(rcvr)
	if t == nil {
		return
	}
	ms := types.NewMethodSet(t)
	for i := range ms.Len() {
		m, ok := ms.At(i).Obj().(*types.Func)
		if !ok || !m.Exported() || !rpcShaped(m) {
			continue
		}
		res.Endpoints = append(res.Endpoints, model.Endpoint{Protocol: "rpc", Method: m.Name(), Path: name + "." + m.Name(),
			GRPCService: name, Handler: m.Origin(), Entries: []model.Node{m.Origin()}, Pos: call.Pos()})
	}
}

// rpcShaped reports whether method m is one net/rpc serves: two
// arguments, the second a pointer, and an error result.
func rpcShaped(m *types.Func) bool {
	sig := m.Type().(*types.Signature)
	if sig.Params().Len() != 2 || sig.Results().Len() != 1 {
		return false
	}
	if _, ok := sig.Params().At(1).Type().(*types.Pointer); !ok {
		return false
	}
	return types.Identical(sig.Results().At(0).Type(), types.Universe.Lookup("error").Type())
}
