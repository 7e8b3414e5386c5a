package model

import (
	"cmp"
	"fmt"
	"go/token"
	"go/types"
	"net"
	"slices"
	"strings"

	"github.com/boundcheck/boundcheck/internal/dispatch"
	"github.com/boundcheck/boundcheck/internal/values"
	"github.com/boundcheck/boundcheck/rules"
	"github.com/boundcheck/boundcheck/rules/catalog"
	"github.com/boundcheck/boundcheck/rules/netaddr"
)

// An Input is one package's result, for Build.
type Input struct {
	Path   string         // import path (test variants merged into it)
	Types  *types.Package // for the interface implementations it declares
	Result *Result
}

// A Model is how the services of a program interact: the endpoints each
// serves, and the sync and async edges between them, each edge with the
// call that makes it and, for sync edges, the endpoints whose handlers
// reach that call; and the datastores each service uses (data edges).
type Model struct {
	Fset      *token.FileSet
	Endpoints []*ServiceEndpoint // by service, then position
	Sync      []*SyncEdge        // by position
	Async     []*AsyncEdge
	Topics    []*Topic    // by id
	Data      []*DataEdge // by site, then resource
	// Tables are the tables the services' SQL statements read and write,
	// by site; Unplaced the statements whose database is not known.
	Tables   []*TableAccess
	Unplaced []*UnplacedQuery
	// Consumers are the services' consumes, each with the effects its
	// handling of a message can reach, by position (see consumers.go).
	Consumers []*Consumer
	// Creates are the services whose code creates a table (gorm's
	// AutoMigrate, bun's CreateTable), by table as TableAccess names it, sorted: an owner
	// when the config and the migration files name none.
	Creates map[string][]string
	// Unresolved are the targets, datastores and destinations that could
	// not be resolved, by id; each is its own resource, apart per service
	// (see unknowns.go).
	Unresolved []*Unresolved
	// SelfCalls are the calls that reach the calling service itself:
	// another instance of it, or, when one binary runs several services,
	// the one beside it. They are no edge; the CLI lists them.
	SelfCalls []*SyncEdge
	// DeadCalls are the outbound calls, messages and datastore
	// connections in code nothing in the program runs (see
	// builder.dead): a service's package no binary links, an unexported
	// function no entry reaches. They are no edge; the CLI lists them.
	DeadCalls []DeadCall
}

// A DeadCall is an outbound call, message or connection in code no
// service runs, in the package of Service: What it is ("http POST",
// "kafka publish", "postgres") at Pos.
type DeadCall struct {
	Service string
	Pos     token.Pos
	What    string
}

// A ServiceEndpoint is an endpoint with the service that serves it.
type ServiceEndpoint struct {
	Service string
	Pkg     string
	Endpoint
	// Reach are the sync edges whose calls the handler can reach, in the
	// service's own code.
	Reach []*SyncEdge
	// Tables are the service's table, collection and key accesses whose
	// statements the handler can reach.
	Tables []*TableAccess
}

// A SyncEdge is one outbound call, resolved to the service it reaches.
type SyncEdge struct {
	From string // calling service
	// To is the called service, "external:HOST", or, when the target
	// cannot be resolved, the caller's own unknown
	// ("unknown:CALLER/grpc/hipstershop.CartService", see unknowns.go).
	To       string
	Protocol string
	// Detail names what is called: "POST /orders/{?}", "/orders.v1.Orders/GetOrder".
	Detail string
	Pkg    string // package of the call
	Call   *Call
	// Site is where the calling service's own code makes the call: the
	// call itself, or, for a call inside an api or shared package (a typed
	// client), the service's call into that package.
	Site    token.Pos
	SitePkg string // the package Site is in
	// Endpoint is the callee's endpoint the call matches, if found.
	Endpoint *ServiceEndpoint
	// Why says how the target was resolved ("env ORDERS_URL=http://orders:8080 in compose.yaml:12").
	Why string
	// SiteDeadline: the call's context is its function's parameter
	// (Call.CtxParam), and the service's call at Site gives it one with a
	// deadline (account.Client.PostAccount called with WithTimeout's).
	SiteDeadline bool
	// local marks an HTTP call to the caller's own machine that no
	// service listening there resolved (external:localhost (web)).
	local bool
}

// HasDeadline reports whether the call is made with a time limit: its own
// (Call.Deadline), or the context its caller's site gives it.
func (e *SyncEdge) HasDeadline() bool { return e.Call.Deadline || e.SiteDeadline }

// Compare orders two positions by file and offset: token.Pos values
// depend on the order the packages were loaded in, file names do not.
func (m *Model) Compare(a, b token.Pos) int {
	if m.Fset == nil {
		return cmp.Compare(a, b)
	}
	pa, pb := m.Fset.Position(a), m.Fset.Position(b)
	return cmp.Or(cmp.Compare(pa.Filename, pb.Filename), cmp.Compare(pa.Offset, pb.Offset))
}

// External reports whether the edge reaches none of the analysed
// services: an external host, or a target that could not be resolved.
func (e *SyncEdge) External() bool { return strings.HasPrefix(e.To, "external:") || e.Unknown() }

// Unknown reports whether the edge's target could not be resolved.
func (e *SyncEdge) Unknown() bool { return IsUnknown(e.To) }

// A Topic is a broker destination with its publishers and consumers.
type Topic struct {
	// ID is "kafka:orders.created"; for a destination that could not be
	// resolved, one service's unknown ("unknown:billing/nats/{?}"), which
	// nothing matches.
	ID       string
	Protocol string
	Name     string
	Publish  []*MessageRef
	Consume  []*MessageRef
}

// Unknown reports whether the topic's destination could not be resolved.
func (t *Topic) Unknown() bool { return IsUnknown(t.ID) }

// A MessageRef is one Message with its service and package, and where
// the service's own code makes it (see SyncEdge.Site).
type MessageRef struct {
	Service string
	Pkg     string
	*Message
	Site    token.Pos
	SitePkg string
	// Queues are the queues an AMQP binding binds, as this service
	// names them: the Message's Queue with what the service passes for
	// a wrapper's parameters put in.
	Queues []string
	// Answers marks a subscription that answers requests (NATS
	// request/reply): an endpoint of its service, reached by sync edges.
	Answers bool
	// SetUp marks an AMQP binding of queues, all named, that its service
	// never consumes: set-up code (a shared package declaring every
	// queue), not a consume. What is published there reaches the
	// services that consume those queues.
	SetUp bool
}

// An AsyncEdge goes from a publisher to a consumer through a topic.
type AsyncEdge struct {
	From, To string
	Topic    *Topic
	Pub, Sub *MessageRef
	// Why, when set, says how a destination with unknown parts was
	// matched to the consumer (subscribers).
	Why string
}

// A DataEdge says that a service reads or writes a datastore: its code
// connects to it, or names its MongoDB database or collection.
type DataEdge struct {
	From string // the service
	// Resource is the datastore's id: "postgres:orders-db/orders",
	// "mongo:mongo/shop/carts", "redis:cache/2" (see datastores.go), or
	// the service's own unknown when its host cannot be resolved
	// ("unknown:orders/postgres/DSN from ORDERS_DB_URL", see unknowns.go).
	Resource string
	Kind     string // "database" or "collection"
	Protocol string // "sql", "mongo" or "redis"
	// Detail names what the code uses: the database ("orders"; the file
	// for SQLite), "db.collection" for MongoDB, "db 2" for a Redis
	// database other than 0.
	Detail string
	Pkg    string // package of the call
	Conn   *Datastore
	// Site is where the service's own code makes the connection (see
	// SyncEdge.Site).
	Site    token.Pos
	SitePkg string
	// Why says how the address was resolved ("DATABASE_URL in compose.yaml:12").
	Why string
	// Loopback marks an address on the service's own machine (localhost,
	// 127.0.0.1): the same address in two services need not be one
	// datastore.
	Loopback bool
	ref      dataRef
	from     []string // what an unresolved address is read from
}

// Build assembles the model from every package's result. The packages'
// services come from set.
func Build(set *rules.Set, fset *token.FileSet, inputs []Input) *Model {
	b := &builder{set: set, fset: fset, m: &Model{Fset: fset}, bindings: make(map[string][]binding)}
	slices.SortFunc(inputs, func(a, b Input) int { return cmp.Compare(a.Path, b.Path) })
	b.inputs = inputs
	for _, in := range inputs {
		for i := range in.Result.Bindings {
			bd := &in.Result.Bindings[i]
			if bd.Method != nil {
				// A call through an interface: the parameters of its
				// implementations.
				if !b.indexed {
					b.indexMethods()
				}
				for _, f := range b.methods.Targets(bd.Method.Type().(*types.Signature).Recv().Type(), bd.Method, nil) {
					key := values.ParamKey(f, bd.Index)
					b.bindings[key] = append(b.bindings[key], binding{in.Path, bd})
				}
				continue
			}
			b.bindings[bd.Param] = append(b.bindings[bd.Param], binding{in.Path, bd})
		}
	}
	b.endpoints()
	b.graph()
	b.calls()
	b.index()
	b.messages()
	b.data()
	b.tables()
	b.reach()
	b.consumers()
	b.unresolvedList()
	b.deadCalls()
	return b.m
}

// deadCalls lists what the services' own packages send or connect to in
// code nothing runs (dead), which draws no edge, so that it is said.
func (b *builder) deadCalls() {
	for _, in := range b.inputs {
		info := b.set.Lookup(in.Path)
		if info == nil || info.Role != rules.RoleInternal {
			continue
		}
		add := func(fn Node, pos token.Pos, what ...string) {
			if b.dead(fn) {
				b.m.DeadCalls = append(b.m.DeadCalls, DeadCall{Service: info.Service, Pos: pos, What: strings.Join(slices.DeleteFunc(what, func(s string) bool { return s == "" }), " ")})
			}
		}
		for _, c := range in.Result.Calls {
			add(c.Func, c.Pos, c.Protocol, c.Method)
		}
		for _, m := range in.Result.Messages {
			add(m.Func, m.Pos, m.Protocol, m.Role)
		}
		for _, d := range in.Result.Datastores {
			add(d.Func, d.Pos, cmp.Or(d.Engine, d.Protocol))
		}
	}
}

type builder struct {
	set      *rules.Set
	fset     *token.FileSet
	m        *Model
	inputs   []Input
	bindings map[string][]binding
	// the call graph
	succ     map[Node][]step
	dynamic  map[dynCall][]Node // interface method in a service → implementations, cached
	methods  dispatch.Index     // the program's named types, for interface calls
	indexed  bool
	svcReach map[string]map[Node]siteOf
	callsAt  map[Node][]*SyncEdge
	pkgOf    map[Node]string
	live     map[string][]Node // Result.Live by package
	// mainReach is, by service, what its main packages reach.
	mainReach   map[string]map[Node]siteOf
	plainReach  map[string]map[Node]siteOf // walks from every function of a service's own packages (foreign)
	ctxDeadline map[ctxAt]bool             // the calls that give a parameter a context with a deadline
	launches    map[string]map[Node]bool   // service → where the subcommand launching it starts (launched)
	alive       map[Node]bool              // what the program can run (liveness), built on first use
	listeners   map[string][]listener      // by port, the services that listen on it (listening)
	inputSet    map[string]bool            // the packages of inputs
	// unresolved are the unknowns by id (see unknowns.go)
	unresolved map[string]*Unresolved
	// replyEPs are the endpoints of the subscriptions that answer
	// requests, by subscription (requestEndpoint).
	replyEPs map[*MessageRef]*ServiceEndpoint
}

func (b *builder) service(pkg string) string {
	if info := b.set.Lookup(pkg); info != nil {
		return info.Service
	}
	return ""
}

func (b *builder) endpoints() {
	mounts := make(map[*types.Func][]string)
	for _, in := range b.inputs {
		for _, m := range in.Result.Mounts {
			mounts[m.Func] = append(mounts[m.Func], m.Prefix)
		}
	}
	for _, in := range b.inputs {
		svc := b.service(in.Path)
		if rs := b.set.Runners(in.Path); svc == "" && len(rs) == 1 && b.soleRunner(rs[0], in.Path) {
			svc = rs[0] // its endpoints are the one service's that imports it
		}
		if svc == "" {
			continue // an endpoint of a shared package is registered by whoever calls it; not modelled
		}
		for i := range in.Result.Endpoints {
			e := in.Result.Endpoints[i]
			for _, prefix := range mountPrefix(mounts, e.Router) {
				ep := &ServiceEndpoint{Service: svc, Pkg: in.Path, Endpoint: e}
				ep.Path = joinPath(prefix, e.Path)
				b.m.Endpoints = append(b.m.Endpoints, ep)
			}
		}
	}
	slices.SortStableFunc(b.m.Endpoints, func(x, y *ServiceEndpoint) int { return cmp.Compare(x.Service, y.Service) })
}

// mountPrefix returns the prefixes the router made by fn is mounted
// under (Mount of Mount, a few levels), or one empty prefix.
func mountPrefix(mounts map[*types.Func][]string, fn *types.Func) []string {
	if fn == nil || len(mounts[fn]) == 0 {
		return []string{""}
	}
	return mounts[fn]
}

// joinPath appends a route's path to a mount's prefix.
func joinPath(prefix, path string) string {
	if prefix == "" {
		return path
	}
	return strings.TrimSuffix(prefix, "/") + "/" + strings.TrimPrefix(path, "/")
}

// A ctxAt is a call that gives a function's parameter a context with a
// deadline (model.CtxDeadline).
type ctxAt struct {
	param string
	pos   token.Pos
}

// calls resolves every outbound call to the service it reaches.
func (b *builder) calls() {
	b.ctxDeadline = make(map[ctxAt]bool)
	for _, in := range b.inputs {
		for _, d := range in.Result.CtxDeadlines {
			b.ctxDeadline[ctxAt{d.Param, d.Pos}] = true
		}
	}
	for _, in := range b.inputs {
		callers := b.set.Runners(in.Path)
		owner := ""
		if info := b.set.Lookup(in.Path); info != nil && info.Role == rules.RoleInternal {
			owner = info.Service
		}
		for i := range in.Result.Calls {
			c := &in.Result.Calls[i]
			sites := make([]siteOf, len(callers))
			runBy := make([]bool, len(callers))
			others := false
			for j, caller := range callers {
				sites[j], runBy[j] = b.runs(caller, in.Path, c.Func, c.Pos)
				if runBy[j] && c.Made && !b.mainReaches(caller, c.Func) {
					runBy[j] = false
				}
				others = others || runBy[j] && caller != owner
			}
			for j, caller := range callers {
				site, ok := sites[j], runBy[j]
				if !ok {
					continue
				}
				if caller == owner && others && b.hasEntry(owner) && !b.mainReaches(owner, c.Func) {
					// A client in the callee's own package (location.Client
					// beside location's server), which other services run
					// and the owner's program never reaches: theirs only.
					continue
				}
				for _, e := range b.resolve(caller, c) {
					e.Pkg = in.Path
					e.Site, e.SitePkg = site.pos, site.pkg
					e.SiteDeadline = c.CtxParam != "" && b.ctxDeadline[ctxAt{c.CtxParam, site.pos}]
					if e.To == caller {
						// Another instance of the same service, or one
						// binary that runs several: no edge, but said.
						b.m.SelfCalls = append(b.m.SelfCalls, e)
						continue
					}
					b.unknownAt(e.To, e.Call.Pos)
					b.m.Sync = append(b.m.Sync, e)
				}
			}
		}
	}
}

// resolve turns one call into its edges: one per distinct target.
func (b *builder) resolve(caller string, c *Call) []*SyncEdge {
	switch c.Protocol {
	case "grpc", "twirp", "connect", "rpc": // the RPC frameworks name a proto service (rpcfw.go), net/rpc a receiver
		return []*SyncEdge{b.grpcEdge(caller, c)}
	case "micro":
		return b.microEdges(caller, c)
	}
	if es := b.daprEdges(caller, c); es != nil {
		return es // through a Dapr sidecar (dapr.go)
	}
	var out []*SyncEdge
	seen := make(map[string]bool)
	known := false
	for _, u := range b.substitute(c.URL, caller) {
		e := b.httpEdge(caller, c, u)
		if !e.Unknown() {
			known = true
		}
		if k := e.To + " " + e.Detail; !seen[k] {
			seen[k] = true
			out = append(out, e)
		}
	}
	if known {
		// Drop the unresolved candidates when another resolved.
		out = slices.DeleteFunc(out, (*SyncEdge).Unknown)
	}
	if slices.ContainsFunc(out, func(e *SyncEdge) bool { return !e.External() }) {
		// A service the deployment names wins over the local machine a
		// default names (getEnv("ORDERS_URL", "http://localhost:8083")):
		// a developer's, not the deployed program's.
		out = slices.DeleteFunc(out, func(e *SyncEdge) bool { return e.local })
	}
	if len(out) == 0 {
		detail := strings.TrimSpace(c.Method + " ?")
		out = append(out, &SyncEdge{From: caller, To: b.unknown(caller, "http", detail, unknownLabel("http", " ", detail)),
			Protocol: "http", Detail: detail, Call: c, Why: "no URL seen"})
	}
	return out
}

// BoundConsume reports whether sub is the consume of a queue that a
// binding to t in the same function names (messages): the binding's edge
// is the one drawn.
func (t *Topic) BoundConsume(sub *MessageRef) bool {
	if sub.Role != "consume" {
		return false
	}
	return slices.ContainsFunc(t.Consume, func(r *MessageRef) bool {
		return r.Role == "bind" && r.Service == sub.Service && r.Pkg == sub.Pkg && r.Func == sub.Func
	})
}

// boundTopics returns the destinations the AMQP bindings binds name for
// service svc, when every one of them is known.
func (b *builder) boundTopics(binds []*Message, svc string) []destCandidate {
	var out []destCandidate
	for _, m := range binds {
		for _, c := range b.messageCandidates(m, svc) {
			if c.unresolved {
				return nil
			}
			out = append(out, c)
		}
	}
	return out
}

// A destCandidate is one destination a message may have for a service.
type destCandidate struct {
	name       string // rendered, "{?}" for unknown parts
	value      Value
	unresolved bool
}

// messageCandidates returns the destinations msg may have for service svc,
// with the values the deployment gives environment variables put in. As for
// a call's URL, the unresolved candidates are dropped when one resolved, and
// are one when none did (the first by name): one consume whose exchange
// comes from one of two variables is one unknown, not two.
func (b *builder) messageCandidates(msg *Message, svc string) []destCandidate {
	var known, unknown []destCandidate
	var dests []Value
	for _, d := range b.destinations(msg.Destination, svc) {
		d = b.deployedEnv(svc, d)
		if text, known := d.WithDefaults().Prefix(); known && msg.Split != "" {
			// A list in one string, known now: each name it lists.
			for _, n := range CutList(text, msg.Split) {
				dests = append(dests, values.Lit(n))
			}
			continue
		}
		dests = append(dests, d)
	}
	for _, d := range dests {
		c := destCandidate{name: render(d.WithDefaults()), value: d}
		if msg.Protocol == "nats" {
			c.name = emptyTokens(c.name)
		}
		if c.unresolved = unresolvedTopic(msg.Protocol, c.name); c.unresolved {
			unknown = append(unknown, c)
		} else {
			known = append(known, c)
		}
	}
	if len(known) > 0 || len(unknown) == 0 {
		return known
	}
	slices.SortStableFunc(unknown, func(x, y destCandidate) int {
		return cmp.Or(cmp.Compare(len(sources(y.value)), len(sources(x.value))), cmp.Compare(x.name, y.name))
	})
	return unknown[:1]
}

// emptyTokens writes the empty tokens of a NATS subject as unknown parts:
// no subject has one, so the part of the name that is empty here
// ("stock.reserve." + a query parameter that may be "") is one this could
// not tell.
func emptyTokens(subject string) string {
	if subject == "" || !strings.Contains("."+subject+".", "..") {
		return subject
	}
	toks := strings.Split(subject, ".")
	for i, t := range toks {
		if t == "" {
			toks[i] = unknownPart
		}
	}
	return strings.Join(toks, ".")
}

// deployedEnv puts in v the values the deployment of service svc gives
// the environment variables v is read from: "amqp:" + RMQ_EXCHANGE + "/"
// with RMQ_EXCHANGE=rpc_server in compose.yaml is "amqp:rpc_server/".
func (b *builder) deployedEnv(svc string, v Value) Value {
	var out Value
	changed := false
	for _, p := range v.Parts {
		if p.Env != "" && p.Env != "?" || p.Key != "" {
			if val, _, ok := b.envValue(svc, p); ok {
				out.Parts = append(out.Parts, values.Part{Lit: val})
				changed = true
				continue
			}
		}
		out.Parts = append(out.Parts, p)
	}
	if !changed {
		return v
	}
	return out
}

// destinations resolves a message's destination for service svc. A name
// the service's own code passes in (an option, a constructor's argument)
// overrides a literal the library code starts from: the default of
// NewPublisher(WithExchange(name)) is not also a destination.
func (b *builder) destinations(vs []Value, svc string) []Value {
	var bound, literal []Value
	for _, v := range vs {
		if v.Known() {
			literal = append(literal, v)
			continue
		}
		sub := b.substitute([]Value{v}, svc)
		if len(sub) == 1 && sub[0].String() == v.String() {
			literal = append(literal, v) // nothing bound it
			continue
		}
		bound = append(bound, sub...)
	}
	for _, v := range bound {
		if v.Known() {
			return bound
		}
	}
	return append(literal, bound...)
}

// A binding is what one package passes for a parameter or stores in a
// field: a Binding with the package that makes it.
type binding struct {
	pkg string
	*Binding
}

// substitute binds the parameters values are built from, a few levels
// deep, through the bindings of the packages service svc runs: a shared
// client's base URL is what this service's main passes, not every
// service's.
func (b *builder) substitute(vs []Value, svc string) []Value {
	for range 4 {
		var next []Value
		changed := false
		for _, v := range vs {
			sub := v.Substitute(func(p string) []Value {
				var out []Value
				for _, bd := range b.bindings[p] {
					if b.set.Runs(bd.pkg, svc) {
						out = append(out, bd.Values...)
					}
				}
				if len(out) > 0 {
					changed = true
				}
				return out
			}, 16)
			next = append(next, sub...)
		}
		vs = next
		if !changed {
			break
		}
	}
	return vs
}

// httpEdge resolves one candidate URL.
func (b *builder) httpEdge(caller string, c *Call, u Value) *SyncEdge {
	e := &SyncEdge{From: caller, Protocol: "http", Call: c}
	host, path, why, from := b.hostOf(caller, u)
	e.Detail = strings.TrimSpace(c.Method + " " + path)
	e.Why = why
	if host == "" {
		// The caller's own unknown: by what the host is read from, else
		// by the request.
		what := e.Detail
		if from != "" {
			what = "host from " + from
		}
		e.To = b.unknown(caller, "http", what, unknownLabel("http", " ", what))
		return e
	}
	var why2 string
	e.To, why2 = b.target(caller, host)
	e.Why = cmp.Or(why2, e.Why)
	e.local = isLoopback(host) && e.External()
	if !e.External() {
		e.Endpoint = b.matchHTTP(e.To, c.Method, path)
	}
	return e
}

// target maps a known host that caller calls to a service, or to an
// external node, and says why when it is not the host's name. A loopback
// host is the caller's own machine or pod (a sidecar such as Dapr's,
// another process beside it): the service that listens on its port, when
// exactly one does (services run side by side on a developer's machine);
// else each service's is its own node, "external:localhost (web)", never
// one that several services would seem to share.
func (b *builder) target(caller, host string) (to, why string) {
	if svc, ok := b.set.HostService(host); ok {
		return svc, ""
	}
	if isLoopback(host) {
		a := netaddr.Split(host)
		if a.Port != "" {
			svcs := b.listening()[a.Port]
			if len(svcs) == 1 {
				return svcs[0].svc, fmt.Sprintf("%s listens on port %s at %s", svcs[0].svc, a.Port, b.shortPos(svcs[0].pos))
			}
			if len(svcs) > 1 {
				why = fmt.Sprintf("%d services listen on port %s", len(svcs), a.Port)
			}
		}
		return "external:" + cmp.Or(a.Host, "localhost") + " (" + caller + ")", why
	}
	return "external:" + host, ""
}

// isLoopback reports whether host (with or without a port) names the
// machine it is used on.
func isLoopback(host string) bool {
	host = netaddr.Split(host).Host
	if host == "localhost" || strings.HasSuffix(host, ".localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && (ip.IsLoopback() || ip.IsUnspecified())
}

// shortPos writes pos as the file's base name and line ("main.go:30"),
// which reads the same on every machine.
func (b *builder) shortPos(pos token.Pos) string {
	p := b.fset.Position(pos)
	return fmt.Sprintf("%s:%d", p.Filename[strings.LastIndexAny(p.Filename, `/\`)+1:], p.Line)
}

// soleRunner reports whether pkg is a package no service owns that only
// svc's program imports (internal/users beside cmd/user-service): svc's
// code all the same, where the calls svc makes are placed.
func (b *builder) soleRunner(svc, pkg string) bool {
	info := b.set.Lookup(pkg)
	if info == nil || info.Role != rules.RoleUnowned {
		return false
	}
	rs := b.set.Runners(pkg)
	return len(rs) == 1 && rs[0] == svc
}

// inputPath reports whether the model has the facts of package path.
func (b *builder) inputPath(path string) bool { return b.inputSet[path] }

// A listener is a service listening on a port, at pos.
type listener struct {
	svc string
	pos token.Pos
}

// listening returns, by port, the services that listen on it, in name
// order, each at the first place it does: the servers their code starts
// (Result.Listens) on an address known with the deployment's values and
// the defaults of what is read.
func (b *builder) listening() map[string][]listener {
	if b.listeners != nil {
		return b.listeners
	}
	b.listeners = make(map[string][]listener)
	for _, in := range b.inputs {
		for _, l := range in.Result.Listens {
			for _, svc := range b.set.Runners(in.Path) {
				if _, ok := b.runs(svc, in.Path, l.Func, l.Pos); !ok {
					continue
				}
				for _, v := range b.substitute(l.Addr, svc) {
					text, known := b.deployedEnv(svc, v).WithDefaults().Prefix()
					a := netaddr.Split(text)
					if !known || a.Port == "" || a.Host != "" && !isLoopback(a.Host) {
						continue
					}
					ls := b.listeners[a.Port]
					if !slices.ContainsFunc(ls, func(x listener) bool { return x.svc == svc }) {
						b.listeners[a.Port] = append(ls, listener{svc, l.Pos})
					}
				}
			}
		}
	}
	for _, ls := range b.listeners {
		slices.SortFunc(ls, func(x, y listener) int { return cmp.Compare(x.svc, y.svc) })
	}
	return b.listeners
}

// hostOf splits a URL value into its host and path, reading environment
// variables through the deployment (compose, Kubernetes) and their
// defaults. When the host is not known, from names what it is read from
// (an environment variable, a flag, a config field), if anything.
func (b *builder) hostOf(caller string, u Value) (host, path, why, from string) {
	parts := u.Parts
	// "http://" + HOST_ADDR: the host is in what follows the scheme.
	if len(parts) > 1 && parts[0].Known() && strings.HasSuffix(parts[0].Lit, "://") {
		parts = parts[1:]
	}
	if len(parts) == 0 {
		return "", "", "", ""
	}
	first := parts[0]
	rest := Value{Parts: parts[1:]}
	switch {
	case first.Env != "" && first.Env != "?":
		if val, where, ok := b.envValue(caller, first); ok {
			return splitKnown(val, rest, fmt.Sprintf("%s=%s at %s", first.Env, val, where), first.Env)
		}
		if svc, ok := b.set.EnvService(first.Env); ok {
			return svc, render(rest), "named by " + first.Env, ""
		}
		if first.HasDefault {
			return splitKnown(first.Default, rest, first.Env+" defaults to "+first.Default, first.Env)
		}
		return "", render(rest), "from " + first.Env + ", which no deployment file read sets", first.Env
	case first.Key != "" && first.Env == "":
		if val, where, ok := b.envValue(caller, first); ok {
			return splitKnown(val, rest, fmt.Sprintf("%s: %s at %s", first.Key, val, where), first.Field)
		}
		fallthrough
	case first.Field != "":
		key := strings.ToUpper(strings.NewReplacer(".", "_", "-", "_").Replace(first.Field[strings.IndexByte(first.Field, ':')+1:]))
		if svc, ok := b.set.EnvService(key); ok {
			return svc, render(rest), "named by " + first.Field, ""
		}
		return "", render(rest), "from " + first.Field, partSource(first)
	case first.Flag != "" && first.HasDefault:
		return splitKnown(first.Default, rest, "flag "+first.Flag+" defaults to "+first.Default, "flag "+first.Flag)
	}
	// Known text up to the host.
	text := render(u)
	h, p := splitURL(text)
	if strings.Contains(h, "{") {
		from := partSource(first)
		why := ""
		if from != "" {
			why = "from " + from
		}
		return "", p, why, from
	}
	return h, p, "", ""
}

// splitKnown is hostOf for an address whose first part is known text val
// (a deployed or default value), followed by rest: its host and path, and
// why; a host a placeholder fills in at run time is unknown, read from
// from.
func splitKnown(val string, rest Value, why, from string) (host, path, whyOut, fromOut string) {
	h, p := splitURL(val)
	if strings.Contains(h, unknownPart) {
		return "", p + render(rest), why + ", filled in at run time", from
	}
	return h, p + render(rest), why, ""
}

// envValue returns the value the deployment of svc gives environment
// variable p.Env, and where, with the replacements the code makes in it
// (Part.Replace). A placeholder replaced at run time after a deployed
// unit's name, as in "location.<NAMESPACE>:8081" with the namespace filled
// in by the program, is the unit in a namespace nobody can tell
// statically: the unit, as its short name reaches it from its own
// namespace; any other such placeholder stays unknown.
func (b *builder) envValue(svc string, p Part) (val, where string, ok bool) {
	if p.Env == "" && p.Key != "" {
		// A config key: what the service's own config file gives it.
		return b.set.ConfigValue(svc, p.Key)
	}
	val, where, ok = b.set.EnvValue(svc, p.Env)
	if !ok || p.Replace == "" {
		return val, where, ok
	}
	rs := p.Replacements()
	for _, r := range rs {
		if r.Unknown {
			val = b.dropNamespace(val, r.Old)
		}
	}
	return values.Apply(rs, val), where, true
}

// dropNamespace removes "."+ns after a host label that names a deployed
// unit or an analysed service: "redis.<NS>:6379" is "redis:6379".
func (b *builder) dropNamespace(val, ns string) string {
	var out strings.Builder
	for {
		i := strings.Index(val, "."+ns)
		if i < 0 {
			out.WriteString(val)
			return out.String()
		}
		start := strings.LastIndexAny(val[:i], "/@,;= ") + 1
		label := val[start:i]
		_, svc := b.set.HostService(label)
		_, unit := b.set.DeployedUnit(label)
		end := i + len(ns) + 1
		after := end == len(val) || strings.ContainsRune(":/.,;?", rune(val[end]))
		if label != "" && !strings.Contains(label, ".") && after && (svc || unit) {
			out.WriteString(val[:i])
		} else {
			out.WriteString(val[:end])
		}
		val = val[end:]
	}
}

// render writes a value with every unknown part as "{?}".
func render(v Value) string { return v.Render(values.Style{}) }

// splitURL splits "http://orders:8080/v1/x?y" into "orders" and "/v1/x",
// keeping the "{?}" of unknown parts (netaddr.Split reads the shapes).
func splitURL(s string) (host, path string) {
	a := netaddr.Split(strings.ReplaceAll(s, unknownPart, unknownMark))
	host, path = strings.ReplaceAll(a.Host, unknownMark, unknownPart), strings.ReplaceAll(a.Path, unknownMark, unknownPart)
	if a.Port != "" && !strings.Contains(a.Port, unknownMark) && (host == "" || isLoopback(host)) {
		// The local machine's port tells which of the services beside
		// the caller it reaches; ":8080" is the local machine.
		host = net.JoinHostPort(cmp.Or(host, "localhost"), a.Port)
	}
	return host, path
}

// matchHTTP finds the endpoint of svc that a request for method and path
// reaches.
func (b *builder) matchHTTP(svc, method, path string) *ServiceEndpoint {
	var best *ServiceEndpoint
	bestScore := -1
	for _, ep := range b.m.Endpoints {
		if ep.Service != svc || ep.Protocol != "http" {
			continue
		}
		if ep.Method != "" && method != "" && !strings.EqualFold(ep.Method, method) {
			continue
		}
		if score, ok := matchPath(ep.Path, path); ok && score > bestScore {
			best, bestScore = ep, score
		}
	}
	return best
}

// matchPath reports whether a request path (with "{?}" for unknown parts)
// can match a route pattern ({id}, :id, *, a trailing "/" for a subtree),
// and how specific the match is.
func matchPath(pattern, path string) (int, bool) {
	if path == "" || pattern == "?" {
		return 0, false
	}
	ps := strings.Split(strings.Trim(pattern, "/"), "/")
	qs := strings.Split(strings.Trim(path, "/"), "/")
	subtree := strings.HasSuffix(pattern, "/") || strings.HasSuffix(pattern, "*") || strings.HasSuffix(pattern, "...}")
	score := 0
	for i, p := range ps {
		if i >= len(qs) {
			return 0, subtree && i == len(ps)-1 && (p == "" || p == "*")
		}
		q := qs[i]
		wild := strings.HasPrefix(p, "{") || strings.HasPrefix(p, ":") || p == "*"
		switch {
		case strings.Contains(q, "{?}"):
			// A segment wholly unknown (an id from fmt.Sprintf("%d"))
			// fills a parameter, not a literal one: "/posts/{?}" is not
			// the callee's "/posts/health", whatever else it serves.
			if !wild && (q == "{?}" || !unknownMatches(q, p)) {
				return 0, false
			}
		case wild:
			if strings.HasSuffix(p, "...}") || p == "*" {
				return score, true
			}
		case p == q:
			score += 2
		case p == "" && i == len(ps)-1 && subtree:
			return score, true
		default:
			return 0, false
		}
	}
	if len(qs) > len(ps) && !subtree {
		return 0, false
	}
	return score, true
}

// unknownMatches reports whether q, a segment with unknown parts, could be
// the literal segment p.
func unknownMatches(q, p string) bool {
	pre, post, _ := strings.Cut(q, "{?}")
	return strings.HasPrefix(p, pre) && strings.HasSuffix(p, strings.ReplaceAll(post, "{?}", ""))
}

// grpcEdge resolves a gRPC call by the proto service it names: the service
// that registers it, else the dial target's host, else the service the
// deployment declares under the proto service's name (byProtoName), else
// the caller's own unknown for that proto service.
func (b *builder) grpcEdge(caller string, c *Call) *SyncEdge {
	e := &SyncEdge{From: caller, Protocol: c.Protocol, Detail: c.GRPCMethod, Call: c}
	var regs []*ServiceEndpoint
	for _, ep := range b.m.Endpoints {
		if serves(ep.Protocol, c.Protocol) && sameGRPCService(ep.GRPCService, c.GRPCService) && ep.Method == c.Method {
			regs = append(regs, ep)
		}
	}
	services := make(map[string]*ServiceEndpoint)
	for _, r := range regs {
		if _, ok := services[r.Service]; !ok {
			services[r.Service] = r
		}
	}
	if len(services) == 1 {
		for svc, ep := range services {
			e.To, e.Endpoint, e.Why = svc, ep, "registers "+c.GRPCService
		}
		return e
	}
	// Several registrations or none: the dial target decides. A
	// connection made by a helper from several addresses (one per
	// client) has them all as candidates: the one whose service
	// registers the proto service wins; otherwise they must agree, or
	// which one this call uses cannot be told.
	var host, why string
	var hosts []string
	unresolved := false
	for _, t := range b.substitute(c.Target, caller) {
		h, _, w, _ := b.hostOf(caller, t)
		if h == "" {
			unresolved = true
			why = cmp.Or(why, w)
			continue
		}
		if to, _ := b.target(caller, h); services[to] != nil {
			host, why, hosts = h, w, nil
			break
		}
		if host == "" {
			host, why = h, w
		}
		if !slices.Contains(hosts, h) {
			hosts = append(hosts, h)
		}
	}
	if n := len(hosts); n > 1 || n == 1 && unresolved {
		if unresolved {
			n++
		}
		host, why = "", fmt.Sprintf("the connection's address is one of %d candidates", n)
	}
	switch {
	case host != "":
		var why2 string
		e.To, why2 = b.target(caller, host)
		e.Why = cmp.Or(why2, why)
		if ep, ok := services[e.To]; ok {
			e.Endpoint = ep
		}
	case len(services) == 0:
		// No target, and no analysed service registers it: the proto
		// service's name may be a deployed service's.
		if to, w, ok := b.byProtoName(c.GRPCService); ok {
			e.To, e.Why = to, w
			break
		}
		what := cmp.Or(c.GRPCService, c.GRPCMethod)
		e.To = b.unknown(caller, c.Protocol, what, unknownLabel(c.Protocol, " ", what))
		e.Why = cmp.Or(why, "dial target not seen")
	}
	if (e.To == "" || e.External()) && len(services) > 0 {
		// Ambiguous and no target: the first registering service, by name.
		names := make([]string, 0, len(services))
		for s := range services {
			names = append(names, s)
		}
		slices.Sort(names)
		e.To, e.Endpoint, e.Why = names[0], services[names[0]], "registers "+c.GRPCService+" (one of several)"
	}
	return e
}

// sameGRPCService compares proto service names, allowing one side to be
// only the Go name (code generated without full names).
func sameGRPCService(a, b string) bool {
	if a == b {
		return true
	}
	if !strings.Contains(a, ".") || !strings.Contains(b, ".") {
		return lastDot(a) == lastDot(b)
	}
	return false
}

func lastDot(s string) string { return s[strings.LastIndexByte(s, '.')+1:] }

// graph builds the call graph of the program from every package's edges.
func (b *builder) graph() {
	b.inputSet = make(map[string]bool, len(b.inputs))
	for _, in := range b.inputs {
		b.inputSet[in.Path] = true
	}
	b.succ = make(map[Node][]step)
	b.callsAt = make(map[Node][]*SyncEdge)
	b.pkgOf = make(map[Node]string)
	b.dynamic = make(map[dynCall][]Node)
	for _, in := range b.inputs {
		for _, e := range in.Result.Edges {
			b.succ[e.From] = append(b.succ[e.From], step{e.To, e.Pos, e.Dynamic})
			b.pkgOf[e.From] = in.Path
		}
		for i := range in.Result.Calls {
			b.pkgOf[in.Result.Calls[i].Func] = in.Path
		}
		for _, h := range in.Result.Handoffs {
			if !b.inputPath(h.Callee) {
				// A library's code, not in the model: it may call the
				// methods of what it is handed.
				for _, m := range h.Methods {
					b.succ[h.Func] = append(b.succ[h.Func], step{m, h.Pos, false})
				}
				b.pkgOf[h.Func] = in.Path
			}
		}
		if len(in.Result.Live) > 0 {
			if b.live == nil {
				b.live = make(map[string][]Node)
			}
			b.live[in.Path] = append(b.live[in.Path], in.Result.Live...)
		}
	}
}

// walkFrom walks svc's call graph from the nodes root accepts (by node
// and package) and the live values of the packages svc runs.
func (b *builder) walkFrom(svc string, root func(n Node, pkg string) bool) map[Node]siteOf {
	var roots []Node
	for n, p := range b.pkgOf {
		if root(n, p) {
			roots = append(roots, n)
		}
	}
	roots = append(roots, b.liveRoots(svc)...)
	b.sortNodes(roots)
	return b.walk(roots, svc)
}

// liveRoots returns the functions handed on in package-level values of
// the packages svc runs: what a library calls (a cobra command's RunE),
// and which no call in the program reaches.
func (b *builder) liveRoots(svc string) []Node {
	var out []Node
	for pkg, ns := range b.live {
		if b.own(svc, pkg) || b.set.Runs(pkg, svc) {
			out = append(out, ns...)
		}
	}
	return out
}

// index records the edges by the node whose call makes them.
func (b *builder) index() {
	for _, e := range b.m.Sync {
		b.callsAt[e.Call.Func] = append(b.callsAt[e.Call.Func], e)
	}
}

// runs reports whether service svc can run call c, in a function of
// package pkg, and where the service's own code makes it: always for its
// own packages; for an api, shared or unowned package, or another
// service's internal package its main imports all the same, when the
// service's own code reaches the function, at the call that leaves its
// own code.
func (b *builder) runs(svc, pkg string, fn Node, pos token.Pos) (siteOf, bool) {
	if info := b.set.Lookup(pkg); info != nil && info.Role == rules.RoleInternal {
		if info.Service == svc {
			// The service's own code, unless nothing in the program can
			// run it (dead code: a method never called of a type never
			// made, a function nothing names).
			return siteOf{pos, pkg}, !b.dead(fn)
		}
		if !b.set.Runs(pkg, svc) {
			return siteOf{}, false
		}
	}
	if b.soleRunner(svc, pkg) {
		return siteOf{pos, pkg}, !b.dead(fn) // the service's code all the same
	}
	if b.svcReach == nil {
		b.svcReach = make(map[string]map[Node]siteOf)
	}
	r, ok := b.svcReach[svc]
	if !ok {
		r = b.walkFrom(svc, func(n Node, p string) bool {
			return (b.own(svc, p) || b.soleRunner(svc, p)) && !b.foreign(svc, n, p)
		})
		b.svcReach[svc] = r
	}
	site, ok := r[fn]
	if ok && site.pos == token.NoPos {
		site = siteOf{pos, pkg}
	}
	return site, ok
}

// foreign reports whether function n of service svc's own package pkg is
// code that other services run and svc does not: a client kept beside its
// server (hotrod's location.Client in package location), which other
// services import, and which svc's main (or launching subcommand) never
// reaches. Its calls are not svc's.
func (b *builder) foreign(svc string, n Node, pkg string) bool {
	runners := b.set.Runners(pkg)
	if len(runners) < 2 || !b.hasEntry(svc) || b.mainReaches(svc, n) {
		return false // no other service runs the package: nothing to give away
	}
	for _, other := range runners {
		if other == svc {
			continue
		}
		if b.plainReach == nil {
			b.plainReach = make(map[string]map[Node]siteOf)
		}
		r, ok := b.plainReach[other]
		if !ok {
			r = b.walkFrom(other, func(n Node, p string) bool { return b.own(other, p) })
			b.plainReach[other] = r
		}
		if _, ok := r[n]; ok {
			return true
		}
	}
	return false
}

// dead reports whether nothing in the program can run fn, a function of a
// service's own package: the package is in no service's binary (nothing
// links it), or fn is an unexported function or method that is not
// reached (rapid type analysis, liveness) from the services' entries over
// calls and function values. An exported function that nothing reaches
// still counts: code the analysis does not see may call it (a test
// fixture's main, a framework's reflection). Package-level code (fn nil)
// always runs.
func (b *builder) dead(fn Node) bool {
	if fn == nil {
		return false
	}
	pkg, ok := b.pkgOf[fn]
	if !ok {
		return false
	}
	if !b.set.Linked(pkg) {
		return true
	}
	f, ok := fn.(*types.Func)
	if !ok || f.Exported() {
		return false
	}
	if b.alive == nil {
		b.alive = b.liveness()
	}
	return !b.alive[f.Origin()]
}

// liveness computes what the program can run: the nodes reached from the
// services' entries (main and init, launching subcommands, endpoint
// handlers, functions handed on in package-level values, every function
// of a package no service owns) over calls and function values, where
// the exported methods of a type made in reached code count as reached
// (an interface or reflection may call them), and its unexported ones
// when some reached code calls that name through an interface.
func (b *builder) liveness() map[Node]bool {
	makes := make(map[Node][]*types.TypeName)
	var stack []Node
	alive := make(map[Node]bool)
	push := func(n Node) {
		if n != nil && !alive[n] {
			alive[n] = true
			stack = append(stack, n)
		}
	}
	// A made type's exported methods may be called through an interface
	// or by reflection; an unexported one only through an interface of
	// its package, when some code calls that method name dynamically.
	methodsMade := make(map[*types.TypeName]bool)
	byName := make(map[string][]*types.Func) // made types' unexported methods, by name
	dynNames := make(map[string]bool)        // the unexported method names called through interfaces
	made := func(t *types.TypeName) {
		if methodsMade[t] {
			return
		}
		methodsMade[t] = true
		named, ok := t.Type().(*types.Named)
		if !ok {
			return
		}
		ms := types.NewMethodSet(types.NewPointer(named))
		for i := 0; i < ms.Len(); i++ {
			f, ok := ms.At(i).Obj().(*types.Func)
			switch {
			case !ok:
			case f.Exported() || dynNames[f.Name()]:
				push(f.Origin())
			default:
				byName[f.Name()] = append(byName[f.Name()], f.Origin())
			}
		}
	}
	for _, in := range b.inputs {
		for _, m := range in.Result.Makes {
			if m.Func == nil {
				made(m.Type) // package-level values are made at start
				continue
			}
			makes[m.Func] = append(makes[m.Func], m.Type)
		}
		for _, n := range in.Result.Live {
			push(n)
		}
	}
	for n, p := range b.pkgOf {
		info := b.set.Lookup(p)
		if info == nil || info.Role != rules.RoleInternal {
			push(n) // not a service's own: others may call it
			continue
		}
		if f, ok := n.(*types.Func); ok && (f.Name() == "main" || f.Name() == "init") && f.Type().(*types.Signature).Recv() == nil {
			push(n)
		}
	}
	for _, ep := range b.m.Endpoints {
		if ep.Handler != nil {
			push(ep.Handler)
		}
		for _, n := range ep.Entries {
			push(n)
		}
	}
	for _, s := range b.set.Services {
		for n := range b.launched(s) {
			push(n)
		}
	}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, t := range makes[n] {
			made(t)
		}
		for _, st := range b.succ[n] {
			f, ok := st.to.(*types.Func)
			if !ok {
				push(st.to)
				continue
			}
			push(f.Origin())
			if st.dynamic && !f.Exported() && !dynNames[f.Name()] {
				dynNames[f.Name()] = true
				for _, m := range byName[f.Name()] {
					push(m)
				}
			}
		}
	}
	return alive
}

// A siteOf is where a walk left the service's own code: the position of
// the call and its package.
type siteOf struct {
	pos token.Pos
	pkg string
}

// own reports whether pkg is one of service svc's internal packages.
func (b *builder) own(svc, pkg string) bool {
	info := b.set.Lookup(pkg)
	return info != nil && info.Role == rules.RoleInternal && info.Service == svc
}

// mainReaches reports whether the main and init functions of svc's main
// packages (or the subcommand that launches it), and the handlers of its
// endpoints, reach fn over the call graph (function values handed on
// included); code outside every function (a package variable's value)
// runs at start.
func (b *builder) mainReaches(svc string, fn Node) bool {
	if fn == nil {
		return true
	}
	if b.mainReach == nil {
		b.mainReach = make(map[string]map[Node]siteOf)
	}
	r, ok := b.mainReach[svc]
	if !ok {
		var mains []string
		var launched map[Node]bool
		if s := b.set.Service(svc); s != nil {
			mains = s.Mains
			launched = b.launched(s)
		}
		// The handlers of the service's endpoints run too: a library
		// calls them (a gRPC server through its generated descriptor).
		served := make(map[Node]bool)
		for _, ep := range b.m.Endpoints {
			if ep.Service != svc {
				continue
			}
			if ep.Handler != nil {
				served[ep.Handler] = true
			}
			for _, n := range ep.Entries {
				served[n] = true
			}
		}
		r = b.walkFrom(svc, func(n Node, p string) bool {
			if launched[n] || served[n] {
				return true
			}
			f, ok := n.(*types.Func)
			return ok && (f.Name() == "main" || f.Name() == "init") &&
				f.Type().(*types.Signature).Recv() == nil && slices.Contains(mains, p)
		})
		b.mainReach[svc] = r
	}
	_, ok = r[fn]
	return ok
}

// hasEntry reports whether the start of service svc is known: its main
// packages, or the subcommand of a launcher that runs it.
func (b *builder) hasEntry(svc string) bool {
	s := b.set.Service(svc)
	return s != nil && (len(s.Mains) > 0 || len(b.launched(s)) > 0)
}

// launched returns the functions that the subcommand launching service s
// (Service.Launch) calls, or nil. The subcommand's own function lives in
// the launcher's package, which s does not run; what it calls of the
// packages s runs is where s starts.
func (b *builder) launched(s *rules.Service) map[Node]bool {
	if s.Launch == nil {
		return nil
	}
	if out, ok := b.launches[s.Name]; ok {
		return out
	}
	l := s.Launch
	var run Node
	for n, p := range b.pkgOf {
		if p != l.Pkg {
			continue
		}
		switch n := n.(type) {
		case *types.Func:
			if l.Func != "" && n.Name() == l.Func && n.Type().(*types.Signature).Recv() == nil {
				run = n
			}
		case token.Pos:
			if l.Func == "" {
				if pos := b.fset.Position(n); pos.Line == l.Line && pos.Column == l.Col && pos.Filename == l.File {
					run = n
				}
			}
		}
	}
	var out map[Node]bool
	if run != nil {
		out = make(map[Node]bool)
		for _, st := range b.succ[run] {
			for _, t := range b.targets(st, s.Name) {
				out[t] = true
			}
		}
	}
	if b.launches == nil {
		b.launches = make(map[string]map[Node]bool)
	}
	b.launches[s.Name] = out
	return out
}

// A step is an edge of the call graph as walk follows it.
type step struct {
	to      Node
	pos     token.Pos
	dynamic bool
}

// sortNodes orders nodes by their position in the source, so that walks
// are the same on every run.
func (b *builder) sortNodes(ns []Node) {
	key := func(n Node) token.Position {
		switch n := n.(type) {
		case *types.Func:
			return b.fset.Position(n.Pos())
		case token.Pos:
			return b.fset.Position(n)
		}
		return token.Position{}
	}
	slices.SortFunc(ns, func(x, y Node) int {
		px, py := key(x), key(y)
		return cmp.Or(cmp.Compare(px.Filename, py.Filename), cmp.Compare(px.Offset, py.Offset))
	})
}

// walk returns the nodes reachable from roots in the code service svc
// runs, each with the position where the path to it left the service's
// own packages (NoPos while it is still in them).
func (b *builder) walk(roots []Node, svc string) map[Node]siteOf {
	type item struct {
		n    Node
		site siteOf
	}
	seen := make(map[Node]siteOf)
	stack := make([]item, 0, len(roots))
	for i := len(roots) - 1; i >= 0; i-- {
		stack = append(stack, item{roots[i], siteOf{}})
	}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if _, ok := seen[it.n]; ok {
			continue
		}
		pkg, known := b.pkgOf[it.n]
		if known && !b.set.Runs(pkg, svc) {
			continue // another service's code is another binary
		}
		seen[it.n] = it.site
		inOwn := known && (b.own(svc, pkg) || b.soleRunner(svc, pkg))
		succ := b.succ[it.n]
		for i := len(succ) - 1; i >= 0; i-- {
			s := succ[i]
			site := it.site
			if inOwn {
				site = siteOf{s.pos, pkg}
			}
			ts := b.targets(s, svc)
			for j := len(ts) - 1; j >= 0; j-- {
				stack = append(stack, item{ts[j], site})
			}
		}
	}
	return seen
}

// implementations returns the methods of the program's types that an
// interface method called in service svc's code can dispatch to: the
// rule of package dispatch, over every named type the analysed packages
// declare, of the packages the service runs.
func (b *builder) implementations(m *types.Func, svc string) []Node {
	key := dynCall{m, svc}
	if impls, ok := b.dynamic[key]; ok {
		return impls
	}
	if !b.indexed {
		b.indexMethods()
	}
	var out []Node
	runs := func(pkg string) bool { return b.set.Runs(pkg, svc) }
	for _, f := range b.methods.Targets(m.Type().(*types.Signature).Recv().Type(), m, runs) {
		out = append(out, f)
	}
	b.dynamic[key] = out
	return out
}

// A dynCall is an interface method called in the code of one service.
type dynCall struct {
	m   *types.Func
	svc string
}

// indexMethods makes every named type the analysed packages declare a
// candidate for dispatch, tagged with its package.
func (b *builder) indexMethods() {
	b.indexed = true
	for _, in := range b.inputs {
		if in.Types == nil {
			continue
		}
		scope := in.Types.Scope()
		for _, name := range scope.Names() {
			tn, ok := scope.Lookup(name).(*types.TypeName)
			if !ok || tn.IsAlias() {
				continue
			}
			if n, ok := tn.Type().(*types.Named); ok {
				b.methods.Add(n, in.Path)
			}
		}
	}
}

// reach finds, for every endpoint, the calls and the table accesses its
// handler can reach in the code of its own service and the shared
// packages.
func (b *builder) reach() {
	accessesAt := make(map[Node][]*TableAccess)
	for _, a := range b.m.Tables {
		accessesAt[a.Func] = append(accessesAt[a.Func], a)
	}
	for _, ep := range b.m.Endpoints {
		var found []*SyncEdge
		var tables []*TableAccess
		for n := range b.walk(ep.Entries, ep.Service) {
			for _, e := range b.callsAt[n] {
				if e.From == ep.Service {
					found = append(found, e)
				}
			}
			for _, a := range accessesAt[n] {
				if a.Service == ep.Service {
					tables = append(tables, a)
				}
			}
		}
		slices.SortFunc(found, func(x, y *SyncEdge) int { return b.m.Compare(x.Call.Pos, y.Call.Pos) })
		ep.Reach = slices.Compact(found)
		slices.SortFunc(tables, func(x, y *TableAccess) int {
			return cmp.Or(b.m.Compare(x.Pos, y.Pos), strings.Compare(x.Resource, y.Resource), strings.Compare(x.Table, y.Table))
		})
		ep.Tables = slices.Compact(tables)
	}
}

// messages groups publishers and consumers by topic and links them. A
// destination that could not be resolved is the service's own unknown,
// and a name with unknown parts matches nothing: which subscriber gets
// "orders.{?}" cannot be told, and guessing every one draws a hub.
func (b *builder) messages() {
	topics := make(map[string]*Topic)
	topicOf := func(id, protocol, name string) *Topic {
		t := topics[id]
		if t == nil {
			t = &Topic{ID: id, Protocol: protocol, Name: name}
			topics[id] = t
		}
		return t
	}
	streams := b.streams()
	for _, in := range b.inputs {
		svcs := b.set.Runners(in.Path)
		// The AMQP bindings of each function: what a queue it declares
		// receives.
		binds := make(map[Node][]*Message)
		for i := range in.Result.Messages {
			if m := &in.Result.Messages[i]; m.Protocol == "amqp" && m.Role == "bind" {
				binds[m.Func] = append(binds[m.Func], m)
			}
		}
		for i := range in.Result.Messages {
			msg := &in.Result.Messages[i]
			for _, svc := range svcs {
				site, ok := b.runs(svc, in.Path, msg.Func, msg.Pos)
				if !ok {
					continue
				}
				ref := &MessageRef{Service: svc, Pkg: in.Path, Message: msg, Site: site.pos, SitePkg: site.pkg}
				if msg.Role == "bind" {
					for _, q := range b.destinations(msg.Queue, svc) {
						ref.Queues = append(ref.Queues, render(b.deployedEnv(svc, q).WithDefaults()))
					}
				}
				if msg.Role == catalog.RoleStream {
					continue // streams
				}
				cands := b.messageCandidates(msg, svc)
				if msg.Protocol == "nats" {
					cands = streamSubjects(cands, streams)
				}
				if len(cands) == 1 && cands[0].unresolved && msg.Protocol == "amqp" && msg.Role == "consume" {
					// A queue the server names, consumed where it is
					// bound: it receives what its bindings name.
					if bound := b.boundTopics(binds[msg.Func], svc); len(bound) > 0 {
						for _, c := range bound {
							t := topicOf(msg.Protocol+":"+c.name, msg.Protocol, c.name)
							t.Consume = append(t.Consume, ref)
						}
						continue
					}
				}
				for _, c := range cands {
					name, id := c.name, msg.Protocol+":"+c.name
					if c.unresolved {
						// Apart by direction too: one node for what the
						// service publishes and what it consumes would
						// read as a loop through one destination.
						what := "consumed"
						if msg.Role == "publish" {
							what = "published"
						}
						if w := topicWhat(name, c.value); w != "" && w != "?" {
							what += ", " + w
						}
						id = b.unknown(svc, msg.Protocol, what, unknownLabel(msg.Protocol+" "+destinationNoun(msg.Protocol), " ", what))
						b.unknownAt(id, msg.Pos)
					}
					t := topicOf(id, msg.Protocol, name)
					switch msg.Role {
					case "publish":
						t.Publish = append(t.Publish, ref)
					case "consume", "bind":
						t.Consume = append(t.Consume, ref)
					}
				}
			}
		}
	}
	ids := make([]string, 0, len(topics))
	for id := range topics {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		b.m.Topics = append(b.m.Topics, topics[id])
	}
	b.setUpBindings()
	for _, t := range b.m.Topics {
		for _, pub := range t.Publish {
			subs := b.subscribers(t, pub)
			if pub.Request {
				b.requests(t, pub, subs)
				continue
			}
			why := ""
			if unresolvedName(t.Name) {
				why = "the only service subscribing to what " + t.Name + " may be"
			}
			for _, s := range subs {
				b.m.Async = append(b.m.Async, &AsyncEdge{From: pub.Service, To: s.ref.Service, Topic: t, Pub: pub, Sub: s.ref, Why: why})
			}
		}
	}
	if len(b.replyEPs) > 0 {
		slices.SortStableFunc(b.m.Endpoints, func(x, y *ServiceEndpoint) int { return cmp.Compare(x.Service, y.Service) })
	}
}

// streams returns the subjects each JetStream stream the program
// declares stores, by stream name, sorted: the stream is the server's,
// whichever service declares it.
func (b *builder) streams() map[string][]string {
	out := make(map[string][]string)
	for _, in := range b.inputs {
		svcs := b.set.Runners(in.Path)
		if len(svcs) == 0 {
			svcs = []string{""}
		}
		for i := range in.Result.Messages {
			msg := &in.Result.Messages[i]
			if msg.Protocol != "nats" || msg.Role != catalog.RoleStream {
				continue
			}
			for _, svc := range svcs {
				var subjects []string
				for _, c := range b.messageCandidates(msg, svc) {
					if !c.unresolved {
						subjects = append(subjects, c.name)
					}
				}
				for _, q := range b.destinations(msg.Queue, svc) {
					if name, ok := b.deployedEnv(svc, q).WithDefaults().Prefix(); ok && name != "" {
						out[name] = append(out[name], subjects...)
					}
				}
			}
		}
	}
	for name, subjects := range out {
		slices.Sort(subjects)
		out[name] = slices.Compact(subjects)
	}
	return out
}

// streamSubjects puts, for a JetStream consumer made on a stream without
// a subject filter ("stream:orders"), the subjects the stream stores.
func streamSubjects(cands []destCandidate, streams map[string][]string) []destCandidate {
	var out []destCandidate
	for _, c := range cands {
		name, ok := strings.CutPrefix(c.name, "stream:")
		if subjects := streams[name]; ok && !c.unresolved && len(subjects) > 0 {
			for _, sj := range subjects {
				out = append(out, destCandidate{name: sj, value: values.Lit(sj)})
			}
			continue
		}
		out = append(out, c)
	}
	return out
}

// A subscriber is a consume that receives what a publish sends, and the
// topic it consumes.
type subscriber struct {
	topic *Topic
	ref   *MessageRef
}

// subscribers returns the consumes in other services that receive what
// pub publishes to t. A name with unknown parts ("warehouse.reserve.{?}")
// reaches the consumes whose names it may be only when they are all one
// service's: that one is told; several could each be it, and guessing
// every one draws a hub (DESIGN.md, "Unknowns").
func (b *builder) subscribers(t *Topic, pub *MessageRef) []subscriber {
	holes := unresolvedName(t.Name)
	if holes && !holeMatchable(t.Protocol, t.Name) {
		return nil
	}
	var out, viaQueue []subscriber
	for _, other := range b.m.Topics {
		if other.Protocol != t.Protocol || unresolvedName(other.Name) {
			continue
		}
		match := catalog.DestinationMatch(t.Protocol, other.Name, t.Name)
		if holes {
			match = catalog.HoleMatch(t.Protocol, other.Name, t.Name, unknownPart)
		}
		if !match {
			continue
		}
		for _, sub := range other.Consume {
			if sub.SetUp {
				viaQueue = append(viaQueue, b.queueConsumers(sub.Queues, pub.Service)...)
				continue
			}
			if sub.Service == pub.Service || other.BoundConsume(sub) {
				continue
			}
			out = append(out, subscriber{other, sub})
		}
	}
	// A consume reached through another service's set-up binding, unless
	// its service binds the queue itself (that binding is its edge).
	for _, v := range viaQueue {
		if !slices.ContainsFunc(out, func(s subscriber) bool { return s.ref.Service == v.ref.Service && s.ref.Role == "bind" }) &&
			!slices.ContainsFunc(out, func(s subscriber) bool { return s.ref == v.ref }) {
			out = append(out, v)
		}
	}
	if holes {
		if len(out) == 0 || slices.ContainsFunc(out, func(s subscriber) bool { return s.ref.Service != out[0].ref.Service }) {
			return nil
		}
		// Told: the publish no longer uses an unknown.
		if u := b.unresolved[t.ID]; u != nil {
			u.Sites = slices.DeleteFunc(u.Sites, func(p token.Pos) bool { return p == pub.Pos })
		}
	}
	return out
}

// setUpBindings marks the AMQP bindings that are set-up, not consumes
// (MessageRef.SetUp). A service that consumes a queue whose name is not
// known may consume the bound one: its bindings stay its consumes.
func (b *builder) setUpBindings() {
	consumed := make(map[string]bool) // service + " " + queue
	unsure := make(map[string]bool)   // services with a consume of a queue not known
	for _, t := range b.m.Topics {
		if t.Protocol != "amqp" {
			continue
		}
		for _, c := range t.Consume {
			switch {
			case c.Role != "consume":
			case t.Unknown() || unresolvedName(t.Name):
				unsure[c.Service] = true
			default:
				consumed[c.Service+" "+t.Name] = true
			}
		}
	}
	for _, t := range b.m.Topics {
		for _, r := range t.Consume {
			if r.Role != "bind" || len(r.Queues) == 0 || unsure[r.Service] {
				continue
			}
			r.SetUp = !slices.ContainsFunc(r.Queues, func(q string) bool {
				return unresolvedName(q) || consumed[r.Service+" "+q]
			})
		}
	}
}

// queueConsumers returns the consumes of the AMQP queues named, in
// services other than not.
func (b *builder) queueConsumers(queues []string, not string) []subscriber {
	var out []subscriber
	for _, t := range b.m.Topics {
		if t.Protocol != "amqp" || t.Unknown() || !slices.Contains(queues, t.Name) {
			continue
		}
		for _, c := range t.Consume {
			if c.Role == "consume" && c.Service != not {
				out = append(out, subscriber{t, c})
			}
		}
	}
	return out
}

// holeMatchable reports whether a destination name with unknown parts
// knows enough to be matched: a known token for NATS, else three known
// characters.
func holeMatchable(protocol, name string) bool {
	if protocol == "nats" {
		return slices.ContainsFunc(strings.Split(name, "."), func(tok string) bool {
			return tok != "" && !strings.Contains(tok, unknownPart)
		})
	}
	return len(strings.ReplaceAll(name, unknownPart, "")) >= 3
}

// requests makes the sync edges of a request (NATS request/reply) to the
// services whose subscriptions answer it. The answering subscription is
// the callee's endpoint ("nats warehouse.reserve.41"), whose handler the
// chains continue through. A request nothing in the program answers is
// the caller's own unknown.
func (b *builder) requests(t *Topic, pub *MessageRef, subs []subscriber) {
	call := &Call{Protocol: t.Protocol, Deadline: pub.Deadline, Timeout: pub.Timeout, Func: pub.Func, Pos: pub.Pos}
	add := func(e *SyncEdge) {
		e.Pkg, e.Site, e.SitePkg = pub.Pkg, pub.Site, pub.SitePkg
		b.m.Sync = append(b.m.Sync, e)
		b.callsAt[call.Func] = append(b.callsAt[call.Func], e)
	}
	if len(subs) == 0 {
		what := "request " + cmp.Or(t.Name, "?")
		if u := b.unresolved[t.ID]; u != nil {
			// Said by the request's own unknown instead.
			what = "request " + cmp.Or(strings.TrimPrefix(strings.TrimPrefix(u.What, "published"), ", "), "?")
			u.Sites = slices.DeleteFunc(u.Sites, func(p token.Pos) bool { return p == pub.Pos })
		}
		to := b.unknown(pub.Service, t.Protocol, what, unknownLabel(t.Protocol, " ", what))
		b.unknownAt(to, pub.Pos)
		add(&SyncEdge{From: pub.Service, To: to, Protocol: t.Protocol, Detail: t.Name, Call: call, Why: "no subscriber of the subject seen"})
		return
	}
	seen := make(map[string]bool)
	for _, s := range subs {
		ep := b.requestEndpoint(s)
		k := s.ref.Service + " " + ep.Path
		if seen[k] {
			continue
		}
		seen[k] = true
		add(&SyncEdge{From: pub.Service, To: s.ref.Service, Protocol: t.Protocol, Detail: t.Name, Call: call, Endpoint: ep,
			Why: "subscription to " + s.topic.Name + " at " + b.shortPos(s.ref.Pos)})
	}
}

// requestEndpoint returns the endpoint a subscription serves requests
// as, made on first use: its handler, or for a subscription read in a
// loop, the function that reads it.
func (b *builder) requestEndpoint(s subscriber) *ServiceEndpoint {
	if ep := b.replyEPs[s.ref]; ep != nil {
		return ep
	}
	entries := slices.Clone(s.ref.Handlers)
	if len(entries) == 0 && s.ref.Func != nil {
		entries = []Node{s.ref.Func}
	}
	ep := &ServiceEndpoint{Service: s.ref.Service, Pkg: s.ref.Pkg,
		Endpoint: Endpoint{Protocol: s.topic.Protocol, Path: s.topic.Name, Entries: entries, Pos: s.ref.Pos}}
	if b.replyEPs == nil {
		b.replyEPs = make(map[*MessageRef]*ServiceEndpoint)
	}
	b.replyEPs[s.ref] = ep
	s.ref.Answers = true
	b.m.Endpoints = append(b.m.Endpoints, ep)
	return ep
}
