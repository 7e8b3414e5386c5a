package model

import (
	"cmp"
	"slices"
	"strings"
)

// Calls of the RPC frameworks that wrap HTTP or gRPC (analyzers/interactions,
// rpcfw.go), resolved as DESIGN.md, "The checks" says:
//
//   - twirp's and connect-go's calls name their proto service, as gRPC's
//     do, and go through grpcEdge: the service that serves it, else the
//     host of the base URL the client was made with. A connect handler
//     serves gRPC too, and a connect client may speak it (WithGRPC), so a
//     connect call matches a gRPC registration and a gRPC call a connect
//     handler; twirp matches only twirp.
//   - go-micro's calls name the registry name the caller's client was
//     made with (NewXService("shippy.service.vessel", c)): the service
//     whose micro.Name it is. A known name that no analysed service
//     registers is the host of that name (a deployed or external one,
//     through target); an unknown name is the caller's own unknown,
//     naming what it is read from.

// serves reports whether an endpoint of protocol ep answers a call of
// protocol call.
func serves(ep, call string) bool {
	if ep == call {
		return true
	}
	return ep == "grpc" && call == "connect" || ep == "connect" && call == "grpc"
}

// microEdges resolves a go-micro call by the registry names its client
// may have been made with, one edge per name; as for an HTTP call's URLs,
// the names that cannot be told are dropped when one could.
func (b *builder) microEdges(caller string, c *Call) []*SyncEdge {
	var out []*SyncEdge
	seen := make(map[string]bool)
	known := false
	for _, v := range b.substitute(c.Target, caller) {
		e := b.microEdge(caller, c, b.deployedEnv(caller, v).WithDefaults())
		known = known || !e.Unknown()
		if k := e.To + " " + e.Detail; !seen[k] {
			seen[k] = true
			out = append(out, e)
		}
	}
	if known {
		out = slices.DeleteFunc(out, (*SyncEdge).Unknown)
	}
	if len(out) == 0 {
		out = append(out, b.microEdge(caller, c, Value{}))
	}
	return out
}

// microEdge resolves a go-micro call made by a client of registry name v.
func (b *builder) microEdge(caller string, c *Call, v Value) *SyncEdge {
	e := &SyncEdge{From: caller, Protocol: c.Protocol, Detail: c.GRPCMethod, Call: c}
	name, known := v.Prefix()
	if !known || !v.Known() || name == "" {
		what, from := cmp.Or(c.GRPCMethod, "?"), ""
		if len(v.Parts) > 0 {
			from = partSource(v.Parts[0])
		}
		e.Why = "registry name not seen"
		if from != "" {
			what, e.Why = "name from "+from, "registry name from "+from
		}
		e.To = b.unknown(caller, c.Protocol, what, unknownLabel(c.Protocol, " ", what))
		return e
	}
	var regs []*ServiceEndpoint
	for _, ep := range b.m.Endpoints {
		if ep.Protocol == c.Protocol && ep.Registry == name {
			regs = append(regs, ep)
		}
	}
	if len(regs) == 0 {
		e.To, _ = b.target(caller, name)
		e.Why = "no analysed service registers as " + name
		return e
	}
	slices.SortStableFunc(regs, func(x, y *ServiceEndpoint) int { return cmp.Compare(x.Service, y.Service) })
	e.To, e.Why = regs[0].Service, "registers as "+name
	if regs[len(regs)-1].Service != e.To {
		e.Why += " (one of several)" // the first by name, as grpcEdge picks
	}
	for _, ep := range regs {
		if ep.Service == e.To && strings.EqualFold(ep.Path, c.GRPCMethod) {
			e.Endpoint = ep
			break
		}
	}
	return e
}
