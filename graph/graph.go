// Package graph is the service-dependency graph that boundcheck draws: the
// services, the resources they talk to (topics, external hosts) and the
// edges between them with the file and line that make each, built from the
// interaction model, and its writers.
package graph

import (
	"cmp"
	"fmt"
	"go/token"
	"slices"
	"strconv"
	"strings"

	"github.com/boundcheck/boundcheck/model"
	"github.com/boundcheck/boundcheck/rules"
)

// A Graph is the service map. Its JSON form is the one DESIGN.md,
// "JSON graph (graph --format json)" promises.
type Graph struct {
	Services  []Service  `json:"services"`
	Resources []Resource `json:"resources"`
	Edges     []Edge     `json:"edges"`
	// Cochange are the pairs of services that change together in the
	// repository's history (graph --cochange), by degree; none without.
	Cochange []Cochange `json:"cochange,omitempty"`
}

// A Cochange is two services that change together: Shared of their
// changes, Degree percent of the mean of the two services' changes.
// Hidden marks a pair the model has no edge between.
type Cochange struct {
	A      string `json:"a"`
	B      string `json:"b"`
	Shared int    `json:"shared"`
	Degree int    `json:"degree"`
	Hidden bool   `json:"hidden"`
	// Unresolved counts the two services' uses whose target could not be
	// resolved: a hidden pair may be linked through one.
	Unresolved int      `json:"unresolved_uses,omitempty"`
	Examples   []string `json:"examples,omitempty"` // "1a2b3c4 \"subject\""
}

// Tooltip says what the pair is.
func (c Cochange) Tooltip() string {
	tip := fmt.Sprintf("%s and %s changed together in %d changes (degree %d%%)", c.A, c.B, c.Shared, c.Degree)
	if c.Hidden {
		tip += "; hidden: no call, message or shared datastore between them in the model"
		if c.Unresolved > 0 {
			tip += fmt.Sprintf(" (they have %d uses whose target could not be resolved: one may link them)", c.Unresolved)
		}
	}
	if len(c.Examples) > 0 {
		tip += "\n" + strings.Join(c.Examples, "\n")
	}
	return tip
}

// A Service is one deployable.
type Service struct {
	Name      string   `json:"name"`
	Packages  []string `json:"packages"`
	Endpoints []string `json:"endpoints,omitempty"`
	// Group is the cluster it is drawn in: the config's group, else the
	// folder its packages sit in when services sit in several folders.
	Group    string   `json:"group,omitempty"`
	Findings []string `json:"findings,omitempty"` // "analyzer: message (file:line)" of each finding in its code
	// Chain is the longest synchronous call chain it takes part in, as
	// the services along it.
	Chain []string `json:"chain,omitempty"`
	// ChainEndpoints are the endpoints each hop of Chain calls, where known.
	ChainEndpoints []string `json:"chain_endpoints,omitempty"`
}

// A Resource is something services talk to that is not a service.
type Resource struct {
	ID string `json:"id"`
	// Kind is topic, subject, queue, exchange, channel or stream; table,
	// database or collection; external for a host outside the system;
	// deployed for a program the deployment runs that is none of the
	// analysed services (not Go, or not in the tree), which keeps its
	// "external:" id; unknown for a call target, datastore or destination
	// that could not be resolved, which is one service's own, with the id
	// "unknown:SERVICE/KIND/WHAT" (see the model package).
	Kind string `json:"kind"`
	// Deployed says where the deployment declares a deployed resource.
	Deployed string `json:"deployed,omitempty"`
	// Label is how an unknown is drawn: "? (grpc hipstershop.CartService)".
	Label string `json:"label,omitempty"`
	// Findings are the findings about the resource, as a service lists
	// its own: "analyzer: message (file:line)".
	Findings []string `json:"findings,omitempty"`
	// Shared are a datastore's tables (collections, key prefixes) that two
	// or more services use, each with its users, sorted by table.
	Shared []SharedTable `json:"shared_tables,omitempty"`
}

// A SharedTable is one table of a datastore and the services that use it,
// each with its access, sorted by service.
type SharedTable struct {
	Table string       `json:"table"`
	Users []ServiceUse `json:"users"`
}

// A ServiceUse is one service's access to a table: "read", "write" or
// "read, write".
type ServiceUse struct {
	Service string `json:"service"`
	Access  string `json:"access"`
}

// An Edge is a service talking to a service or a resource.
type Edge struct {
	From     string `json:"from"`
	To       string `json:"to"`
	Kind     string `json:"kind"` // sync, async, data
	Protocol string `json:"protocol"`
	Detail   string `json:"detail"`
	File     string `json:"file"`
	Line     int    `json:"line"`
	// Via is the topic an async edge goes through.
	Via string `json:"via,omitempty"`
	// Call is the file:line of the request or publish itself when it is
	// not File:Line: a typed client's or shared publisher's code that the
	// service's own call at File:Line reaches.
	Call string `json:"call,omitempty"`
	// Resolved says how a sync edge's target was found ("registers
	// orders.v1.Orders", "ORDERS_URL=http://orders:8080 at compose.yaml:12").
	Resolved string `json:"resolved,omitempty"`
	// FromEndpoints are the caller's endpoints whose handlers reach a sync
	// edge's call, or a data edge's statements; none when only other code
	// (main, workers) makes it.
	FromEndpoints []string `json:"from_endpoints,omitempty"`
	// ToEndpoint is the callee's endpoint a sync edge's call matches.
	ToEndpoint string `json:"to_endpoint,omitempty"`
	// Findings are the findings at this edge's call ("analyzer: message").
	Findings []string `json:"findings,omitempty"`
	// Tables are the tables a data edge's service reads and writes on the
	// database, by name, as its SQL statements say (the collections of a
	// MongoDB database, the key prefixes of a Redis one).
	Tables []TableUse `json:"tables,omitempty"`
}

// A TableUse is one table a service uses on a database: "read", "write"
// or "read, write"; a MongoDB collection, or a Redis key prefix. Endpoints
// are the service's endpoints whose handlers reach a statement on it,
// each with the access its statements make.
type TableUse struct {
	Table     string        `json:"table"`
	Access    string        `json:"access"`
	Endpoints []EndpointUse `json:"endpoints,omitempty"`
}

// An EndpointUse is one endpoint that reaches a table, and how.
type EndpointUse struct {
	Endpoint string `json:"endpoint"`
	Access   string `json:"access"`
}

// Build makes the graph of m. rel turns a position's file name into the
// path the output shows.
func Build(set *rules.Set, m *model.Model, fset *token.FileSet, rel func(string) string) *Graph {
	g := &Graph{Services: []Service{}, Resources: []Resource{}, Edges: []Edge{}}
	endpoints := make(map[string][]string)
	reachedFrom := make(map[*model.SyncEdge][]string)
	for _, ep := range m.Endpoints {
		endpoints[ep.Service] = append(endpoints[ep.Service], ep.String())
		for _, e := range ep.Reach {
			reachedFrom[e] = append(reachedFrom[e], ep.String())
		}
	}
	groups := serviceGroups(set)
	chains, chainEndpoints := longestChains(m)
	for _, svc := range set.Services {
		eps := slices.Compact(slices.Sorted(slices.Values(endpoints[svc.Name])))
		g.Services = append(g.Services, Service{Name: svc.Name, Packages: slices.Clone(svc.Packages), Endpoints: eps, Group: groups[svc.Name], Chain: chains[svc.Name], ChainEndpoints: chainEndpoints[svc.Name]})
	}
	resources := make(map[string]string)
	deployed := make(map[string]string)
	labels := make(map[string]string)
	for _, u := range m.Unresolved {
		labels[u.ID] = u.Label
	}
	pos := func(p token.Pos) (string, int) {
		position := fset.Position(p)
		return rel(position.Filename), position.Line
	}
	for _, e := range m.Sync {
		if e.From == "" {
			continue
		}
		file, line := pos(e.Site)
		call := callAt(pos, e.Site, e.Call.Pos)
		detail := e.Detail
		if e.Endpoint != nil && e.Protocol == "http" {
			detail = e.Endpoint.String() // the route as the callee declares it
		}
		switch {
		case e.Unknown():
			resources[e.To] = "unknown"
		case e.External():
			resources[e.To] = "external"
			if u, ok := set.DeployedUnit(strings.TrimPrefix(e.To, "external:")); ok {
				resources[e.To] = "deployed"
				deployed[e.To] = fmt.Sprintf("%s %s at %s:%d", u.Kind, u.Name, u.File, u.Line)
			}
		}
		edge := Edge{From: e.From, To: e.To, Kind: "sync", Protocol: e.Protocol, Detail: detail, File: file, Line: line, Call: call, Resolved: e.Why}
		edge.FromEndpoints = slices.Compact(slices.Sorted(slices.Values(reachedFrom[e])))
		if e.Endpoint != nil {
			edge.ToEndpoint = e.Endpoint.String()
		}
		g.Edges = append(g.Edges, edge)
	}
	tables := tableUses(m)
	for _, d := range m.Data {
		file, line := pos(d.Site)
		call := ""
		if d.Conn != nil {
			call = callAt(pos, d.Site, d.Conn.Pos)
		}
		resources[d.Resource] = d.Kind
		if model.IsUnknown(d.Resource) {
			resources[d.Resource] = "unknown"
		}
		detail := cmp.Or(d.Detail, d.Resource)
		if d.Detail == "" && d.Protocol == "redis" {
			detail = "db 0"
		}
		uses := tables[[2]string{d.From, d.Resource}]
		var from []string
		for _, u := range uses {
			for _, ep := range u.Endpoints {
				from = append(from, ep.Endpoint)
			}
		}
		g.Edges = append(g.Edges, Edge{From: d.From, To: d.Resource, Kind: "data", Protocol: d.Protocol, Detail: detail, File: file, Line: line, Call: call, Resolved: d.Why,
			Tables: uses, FromEndpoints: slices.Compact(slices.Sorted(slices.Values(from)))})
	}
	linked := make(map[*model.MessageRef]bool)
	for _, a := range m.Async {
		file, line := pos(a.Pub.Site)
		g.Edges = append(g.Edges, Edge{From: a.From, To: a.To, Kind: "async", Protocol: a.Topic.Protocol, Detail: a.Topic.Name, File: file, Line: line, Via: resourceID(a.Topic), Call: callAt(pos, a.Pub.Site, a.Pub.Pos), Resolved: a.Why})
		linked[a.Pub], linked[a.Sub] = true, true
	}
	// An AMQP consumer of a queue its service binds to an exchange is
	// linked through the binding.
	bound := make(map[string]bool)
	for _, t := range m.Topics {
		for _, c := range t.Consume {
			if c.Role == "bind" {
				for _, q := range c.Queues {
					bound[c.Service+" "+q] = true
				}
			}
		}
	}
	for _, t := range m.Topics {
		if t.Protocol == "amqp" && !t.Unknown() {
			for _, c := range t.Consume {
				if c.Role == "consume" && (bound[c.Service+" "+t.Name] || t.BoundConsume(c)) {
					linked[c] = true
				}
			}
		}
		resources[resourceID(t)] = topicKind(t)
		// A publisher or consumer with no counterpart still shows, as an
		// edge to or from the topic.
		for _, p := range t.Publish {
			if !linked[p] && !p.Request && p.Service != "" { // a request is a sync edge
				file, line := pos(p.Site)
				g.Edges = append(g.Edges, Edge{From: p.Service, To: resourceID(t), Kind: "async", Protocol: t.Protocol, Detail: t.Name, File: file, Line: line, Via: resourceID(t), Call: callAt(pos, p.Site, p.Pos)})
			}
		}
		for _, c := range t.Consume {
			if !linked[c] && !c.Answers && !c.SetUp && c.Service != "" {
				file, line := pos(c.Site)
				g.Edges = append(g.Edges, Edge{From: resourceID(t), To: c.Service, Kind: "async", Protocol: t.Protocol, Detail: t.Name, File: file, Line: line, Via: resourceID(t), Call: callAt(pos, c.Site, c.Pos)})
			}
		}
	}
	shared := sharedTables(m, tables)
	for id, kind := range resources {
		g.Resources = append(g.Resources, Resource{ID: id, Kind: kind, Deployed: deployed[id], Label: labels[id], Shared: shared[id]})
	}
	slices.SortFunc(g.Resources, func(a, b Resource) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(g.Edges, compareEdges)
	g.Edges = slices.CompactFunc(g.Edges, func(a, b Edge) bool { return compareEdges(a, b) == 0 })
	g.Edges = dropVague(g.Edges)
	return g
}

// dropVague removes an edge whose detail has unknown parts ("{?}") when
// an edge of the same call and ends says more: a routing key that is
// known on one path and not on another.
func dropVague(es []Edge) []Edge {
	type site struct {
		from, to, kind, protocol, file string
		line                           int
	}
	known := make(map[site]bool)
	for _, e := range es {
		if !strings.Contains(e.Detail, "{?}") {
			known[site{e.From, e.To, e.Kind, e.Protocol, e.File, e.Line}] = true
		}
	}
	return slices.DeleteFunc(es, func(e Edge) bool {
		return strings.Contains(e.Detail, "{?}") && known[site{e.From, e.To, e.Kind, e.Protocol, e.File, e.Line}]
	})
}

// callAt renders the call's position when it is not the site's.
func callAt(pos func(token.Pos) (string, int), site, call token.Pos) string {
	if site == call || !call.IsValid() {
		return ""
	}
	file, line := pos(call)
	return file + ":" + strconv.Itoa(line)
}

func compareEdges(a, b Edge) int {
	return cmp.Or(cmp.Compare(a.From, b.From), cmp.Compare(a.To, b.To), cmp.Compare(a.Kind, b.Kind),
		cmp.Compare(a.Protocol, b.Protocol), cmp.Compare(a.Detail, b.Detail), cmp.Compare(a.File, b.File),
		cmp.Compare(a.Line, b.Line), cmp.Compare(a.Via, b.Via), cmp.Compare(a.Call, b.Call),
		cmp.Compare(a.ToEndpoint, b.ToEndpoint), slices.Compare(a.FromEndpoints, b.FromEndpoints))
}

// resourceID names a topic's resource: an AMQP exchange without its
// routing key ("amqp:billing" for "billing/invoice.created"); an unknown's
// own id.
func resourceID(t *model.Topic) string {
	if t.Protocol == "amqp" && !t.Unknown() {
		if ex, key, ok := strings.Cut(t.Name, "/"); ok {
			if ex == "" {
				return "amqp:" + key // the default exchange delivers to the queue named by the key
			}
			return "amqp:" + ex
		}
	}
	return t.ID
}

// topicKind names what a broker destination is called in its protocol.
func topicKind(t *model.Topic) string {
	if t.Unknown() {
		return "unknown"
	}
	switch t.Protocol {
	case "nats":
		return "subject"
	case "amqp":
		if ex, _, ok := strings.Cut(t.Name, "/"); ok && ex != "" {
			return "exchange"
		}
		return "queue"
	case "redis":
		if strings.HasPrefix(t.Name, "stream:") {
			return "stream"
		}
		return "channel"
	}
	return "topic"
}

// sharedTables returns, by datastore id, the tables that two or more
// services use there (uses is tableUses'). A datastore on the services'
// own machines (localhost) has none: each service's localhost may be
// another machine, as shareddb holds.
func sharedTables(m *model.Model, uses map[[2]string][]TableUse) map[string][]SharedTable {
	loopback := make(map[string]bool)
	for _, e := range m.Data {
		loopback[e.Resource] = loopback[e.Resource] || e.Loopback
	}
	users := make(map[[2]string][]ServiceUse) // datastore, table → users
	for k, us := range uses {
		if loopback[k[1]] {
			continue
		}
		for _, u := range us {
			t := [2]string{k[1], u.Table}
			users[t] = append(users[t], ServiceUse{Service: k[0], Access: u.Access})
		}
	}
	out := make(map[string][]SharedTable)
	for t, us := range users {
		if len(us) < 2 {
			continue
		}
		slices.SortFunc(us, func(a, b ServiceUse) int { return strings.Compare(a.Service, b.Service) })
		out[t[0]] = append(out[t[0]], SharedTable{Table: t[1], Users: us})
	}
	for _, ts := range out {
		slices.SortFunc(ts, func(a, b SharedTable) int { return strings.Compare(a.Table, b.Table) })
	}
	return out
}

// tableUses returns the tables each service uses on each database, by
// service and database id, sorted by table, with the endpoints that reach
// each.
func tableUses(m *model.Model) map[[2]string][]TableUse {
	type rw [2]bool // read, write
	type table struct{ service, resource, table string }
	access := make(map[table]rw)
	byEndpoint := make(map[table]map[string]rw)
	add := func(to rw, write bool) rw {
		if write {
			to[1] = true
		} else {
			to[0] = true
		}
		return to
	}
	for _, a := range m.Tables {
		k := table{a.Service, a.Resource, a.Table}
		access[k] = add(access[k], a.Write)
	}
	for _, ep := range m.Endpoints {
		for _, a := range ep.Tables {
			k := table{a.Service, a.Resource, a.Table}
			if byEndpoint[k] == nil {
				byEndpoint[k] = make(map[string]rw)
			}
			byEndpoint[k][ep.String()] = add(byEndpoint[k][ep.String()], a.Write)
		}
	}
	text := func(x rw) string {
		var how []string
		if x[0] {
			how = append(how, "read")
		}
		if x[1] {
			how = append(how, "write")
		}
		return strings.Join(how, ", ")
	}
	out := make(map[[2]string][]TableUse)
	for k, x := range access {
		u := TableUse{Table: k.table, Access: text(x)}
		for ep, y := range byEndpoint[k] {
			u.Endpoints = append(u.Endpoints, EndpointUse{Endpoint: ep, Access: text(y)})
		}
		slices.SortFunc(u.Endpoints, func(a, b EndpointUse) int { return strings.Compare(a.Endpoint, b.Endpoint) })
		key := [2]string{k.service, k.resource}
		out[key] = append(out[key], u)
	}
	for _, uses := range out {
		slices.SortFunc(uses, func(a, b TableUse) int { return strings.Compare(a.Table, b.Table) })
	}
	return out
}
