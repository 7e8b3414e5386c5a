package graph

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
)

// Options say how a graph is drawn.
type Options struct {
	// Level is what the nodes are: "service" (the default) or "endpoint",
	// where each service is a cluster of its endpoints and a sync edge
	// goes from the endpoints whose handlers make the call to the endpoint
	// it calls.
	Level string
	// Notes receives remarks on the drawing, such as a fallback layout;
	// nil drops them.
	Notes io.Writer
	// Name names the system in the HTML page's title ("shop"); may be "".
	Name string
}

// A drawing is what every format draws: nodes, the clusters they sit in,
// and the edges merged per ends, kind and protocol.
type drawing struct {
	nodes    []node
	clusters []cluster
	edges    []drawnEdge
}

// A node is one box of the drawing.
type node struct {
	key      string // unique in the drawing; a service's or resource's name at service level
	label    string
	kind     string // service, endpoint, deployed, topic, external, unknown, datastore, other
	tooltip  string
	finding  bool
	cluster  int    // index into drawing.clusters, -1 for none
	service  string // the service it belongs to, "" for a resource
	endpoint string // for an endpoint node
}

// A cluster is a group of nodes drawn in one box.
type cluster struct {
	label, tooltip string
	finding        bool
}

// A drawnEdge is the edges of one kind and protocol between two nodes,
// drawn once, with the endpoints they call.
type drawnEdge struct {
	fi, ti         int // indexes of its ends in drawing.nodes
	kind, protocol string
	details        []string // "POST /orders (services/gateway/orders.go:25)"
	tables         []string // a data edge's tables: "orders: read, write"
	findings       []string
	// A cochange edge (graph --cochange) joins two services that change
	// together: shared changes, hidden when the model has no edge.
	shared, degree int
	hidden         bool
}

// label is the edge's text: its protocol and the endpoint it calls, or
// how many.
func (e drawnEdge) label() string {
	if e.kind == "co-change" {
		return fmt.Sprintf("%s ×%d", e.protocol, e.shared)
	}
	n := len(e.details)
	if n == 1 {
		d, _, _ := strings.Cut(e.details[0], " (")
		return e.protocol + " " + d
	}
	return fmt.Sprintf("%s ×%d", e.protocol, n)
}

// tooltip lists every endpoint the edge calls with its file:line, then
// the findings on it.
func (e drawnEdge) tooltip() string {
	tip := strings.Join(e.details, "\n")
	if len(e.tables) > 0 {
		tip += "\n\ntables: " + strings.Join(e.tables, "; ")
	}
	if len(e.findings) > 0 {
		tip += "\n\n" + strings.Join(e.findings, "\n")
	}
	return tip
}

// endpointKey is an endpoint node's key: it cannot be a service's or a
// resource's name, which hold no NUL.
func endpointKey(service, endpoint string) string { return service + "\x00" + endpoint }

// newDrawing lays out what g shows at the level o asks for.
func newDrawing(g *Graph, o Options) *drawing {
	d := &drawing{}
	index := make(map[string]int)
	add := func(n node) int {
		if i, ok := index[n.key]; ok {
			return i
		}
		index[n.key] = len(d.nodes)
		d.nodes = append(d.nodes, n)
		return len(d.nodes) - 1
	}
	endpointLevel := o.Level == "endpoint"
	clusterOf := make(map[string]int)
	if endpointLevel {
		for _, s := range g.Services {
			clusterOf[s.Name] = len(d.clusters)
			d.clusters = append(d.clusters, cluster{label: s.Name, tooltip: serviceTooltip(s), finding: len(s.Findings) > 0})
		}
	} else {
		var names []string
		for _, s := range g.Services {
			if s.Group != "" && !slices.Contains(names, s.Group) {
				names = append(names, s.Group)
			}
		}
		slices.Sort(names)
		for _, n := range names {
			clusterOf[n] = len(d.clusters)
			d.clusters = append(d.clusters, cluster{label: n, tooltip: "group " + n})
		}
	}
	serviceNode := func(s Service) node {
		c, ok := clusterOf[s.Group]
		if endpointLevel {
			c, ok = clusterOf[s.Name]
		}
		if !ok {
			c = -1
		}
		return node{key: s.Name, label: s.Name, kind: "service", tooltip: serviceTooltip(s), finding: len(s.Findings) > 0, cluster: c, service: s.Name}
	}
	services := make(map[string]Service)
	for _, s := range g.Services {
		services[s.Name] = s
		if endpointLevel {
			for _, ep := range s.Endpoints {
				add(node{key: endpointKey(s.Name, ep), label: ep, kind: "endpoint", tooltip: s.Name + " " + ep,
					cluster: clusterOf[s.Name], service: s.Name, endpoint: ep})
			}
			if len(s.Endpoints) > 0 {
				continue // its service node only when an edge needs it
			}
		}
		add(serviceNode(s))
	}
	// A resource no edge touches is left out: a wildcard subscription
	// whose edges are drawn through the topics it matches says nothing more.
	used := make(map[string]bool)
	for _, e := range g.Edges {
		used[e.From], used[e.To], used[e.Via] = true, true, true
	}
	for _, r := range g.Resources {
		if !used[r.ID] {
			continue
		}
		kind, label, tip := "topic", r.ID, r.Kind+" "+r.ID
		switch {
		case r.Kind == "unknown":
			kind, label = "unknown", cmp.Or(r.Label, "?")
			tip = label + "\ncould not be resolved: " + r.ID + "\nthis service's own node, never shared with another's"
		case r.Kind == "external":
			kind = "external"
		case r.Kind == "deployed":
			kind, label = "deployed", strings.TrimPrefix(r.ID, "external:")
			tip = label + "\ndeployed as " + r.Deployed + "\nnot one of the analysed Go services"
		case isDatastore(r.Kind):
			kind = "datastore"
		}
		if len(r.Shared) > 0 {
			tip += "\n\nshared tables:"
			for _, t := range r.Shared {
				var us []string
				for _, u := range t.Users {
					us = append(us, u.Service+" "+u.Access)
				}
				tip += "\n" + t.Table + ": " + strings.Join(us, "; ")
			}
		}
		if len(r.Findings) > 0 {
			tip += "\n\n" + strings.Join(r.Findings, "\n")
		}
		add(node{key: r.ID, label: label, kind: kind, tooltip: tip, cluster: -1, finding: len(r.Findings) > 0})
	}
	end := func(name, endpoint string) int {
		if s, ok := services[name]; ok {
			if endpoint != "" && endpointLevel && slices.Contains(s.Endpoints, endpoint) {
				return index[endpointKey(name, endpoint)]
			}
			return add(serviceNode(s))
		}
		return add(node{key: name, label: name, kind: "other", tooltip: name, cluster: -1})
	}
	edges := make(map[[4]string]int)
	link := func(fi, ti int, e Edge, tables []string) {
		k := [4]string{d.nodes[fi].key, d.nodes[ti].key, e.Kind, e.Protocol}
		i, ok := edges[k]
		if !ok {
			i = len(d.edges)
			edges[k] = i
			d.edges = append(d.edges, drawnEdge{fi: fi, ti: ti, kind: e.Kind, protocol: e.Protocol})
		}
		detail := fmt.Sprintf("%s (%s:%d)", e.Detail, e.File, e.Line)
		if !slices.Contains(d.edges[i].details, detail) {
			d.edges[i].details = append(d.edges[i].details, detail)
		}
		for _, t := range tables {
			if !slices.Contains(d.edges[i].tables, t) {
				d.edges[i].tables = append(d.edges[i].tables, t)
			}
		}
		for _, f := range e.Findings {
			if !slices.Contains(d.edges[i].findings, f) {
				d.edges[i].findings = append(d.edges[i].findings, f)
			}
		}
	}
	for _, e := range g.Edges {
		if e.Kind == "async" && e.Via != "" && e.From != e.Via && e.To != e.Via {
			// Drawn through its topic: publisher → topic → consumer.
			via := end(e.Via, "")
			link(end(e.From, ""), via, e, nil)
			link(via, end(e.To, ""), e, nil)
			continue
		}
		to := end(e.To, e.ToEndpoint)
		if endpointLevel && len(e.FromEndpoints) > 0 {
			for _, ep := range e.FromEndpoints {
				link(end(e.From, ep), to, e, tablesOf(e, ep))
			}
			continue
		}
		link(end(e.From, ""), to, e, tablesOf(e, ""))
	}
	// The services that change together, at service level: an endpoint
	// does not change alone.
	if endpointLevel && len(g.Cochange) > 0 && o.Notes != nil {
		fmt.Fprintln(o.Notes, "boundcheck: note: --cochange is drawn at service level only; --level endpoint leaves it out")
	}
	for _, c := range g.Cochange {
		fi, okA := index[c.A]
		ti, okB := index[c.B]
		if !endpointLevel && okA && okB && d.nodes[fi].kind == "service" && d.nodes[ti].kind == "service" {
			d.edges = append(d.edges, drawnEdge{fi: fi, ti: ti, kind: "co-change", protocol: fmt.Sprintf("%d%%", c.Degree),
				details: []string{c.Tooltip()}, shared: c.Shared, degree: c.Degree, hidden: c.Hidden})
		}
	}
	for i := range d.edges {
		slices.Sort(d.edges[i].details)
		slices.Sort(d.edges[i].tables)
	}
	slices.SortFunc(d.edges, func(a, b drawnEdge) int {
		return cmp.Or(cmp.Compare(d.nodes[a.fi].key, d.nodes[b.fi].key), cmp.Compare(d.nodes[a.ti].key, d.nodes[b.ti].key),
			cmp.Compare(a.kind, b.kind), cmp.Compare(a.protocol, b.protocol))
	})
	return d
}

// tablesOf returns the tables a data edge uses, with their access: those
// that endpoint's handler reaches, or all when endpoint is ""
// ("orders: read, write").
func tablesOf(e Edge, endpoint string) []string {
	var out []string
	for _, t := range e.Tables {
		if endpoint == "" {
			out = append(out, t.Table+": "+t.Access)
			continue
		}
		for _, u := range t.Endpoints {
			if u.Endpoint == endpoint {
				out = append(out, t.Table+": "+u.Access)
			}
		}
	}
	return out
}

// hasUnknown reports whether the drawing has a node for something that
// could not be resolved; the legend shows the kind only then, so that
// the drawings of systems without one stay as they were.
func (d *drawing) hasCochange() bool {
	return slices.ContainsFunc(d.edges, func(e drawnEdge) bool { return e.kind == "co-change" })
}

func (d *drawing) hasUnknown() bool {
	return slices.ContainsFunc(d.nodes, func(n node) bool { return n.kind == "unknown" })
}

// serviceTooltip is a service's name, endpoints and findings.
func serviceTooltip(s Service) string {
	tip := s.Name
	if len(s.Endpoints) > 0 {
		tip += "\n" + strings.Join(s.Endpoints, "\n")
	}
	if len(s.Findings) > 0 {
		tip += "\n\n" + strings.Join(s.Findings, "\n")
	}
	return tip
}
