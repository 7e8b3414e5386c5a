package graph

import (
	"bytes"
	"cmp"
	"encoding/xml"
	"fmt"
	"io"
	"math/rand/v2"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/boundcheck/boundcheck/graph/layout"
	"github.com/boundcheck/boundcheck/rules"
)

// generated makes a service map of n services in groups of 20, with
// about three edges per service: sync calls, mostly inside a group, and
// events through a topic per ten services, and calls to external hosts.
func generated(n int, seed uint64) *Graph {
	r := rand.New(rand.NewPCG(seed, 1))
	g := &Graph{}
	name := func(i int) string { return fmt.Sprintf("svc-%03d", i) }
	for i := range n {
		s := Service{Name: name(i), Group: fmt.Sprintf("group-%02d", i/20)}
		for k := range 3 {
			s.Endpoints = append(s.Endpoints, fmt.Sprintf("GET /v1/%s/r%d", name(i), k))
		}
		g.Services = append(g.Services, s)
	}
	for t := range n / 10 {
		g.Resources = append(g.Resources, Resource{ID: fmt.Sprintf("kafka:topic-%02d", t), Kind: "topic"})
	}
	for h := range 10 {
		g.Resources = append(g.Resources, Resource{ID: fmt.Sprintf("external:api%d.example.com", h), Kind: "external"})
	}
	for i := range n {
		for k := range 3 {
			e := Edge{From: name(i), Kind: "sync", Protocol: "http", File: "gen.go", Line: i*10 + k}
			switch x := r.IntN(100); {
			case x < 55: // same group
				to := i/20*20 + r.IntN(20)
				if to >= n || to == i {
					to = (i + 1) % n
				}
				e.To = name(to)
			case x < 80: // another group
				e.To = name(r.IntN(n))
			case x < 95: // an event
				t := fmt.Sprintf("kafka:topic-%02d", r.IntN(n/10))
				e.To, e.Kind, e.Protocol, e.Via = name(r.IntN(n)), "async", "kafka", t
			default:
				e.To = fmt.Sprintf("external:api%d.example.com", r.IntN(10))
			}
			if e.Kind == "sync" && !strings.HasPrefix(e.To, "external:") {
				e.ToEndpoint = fmt.Sprintf("GET /v1/%s/r%d", e.To, r.IntN(3))
				e.FromEndpoints = []string{fmt.Sprintf("GET /v1/%s/r%d", name(i), k)}
			}
			e.Detail = cmp.Or(e.ToEndpoint, e.Via, e.To)
			if e.From != e.To {
				g.Edges = append(g.Edges, e)
			}
		}
	}
	return g
}

var (
	edgeElem = regexp.MustCompile(`<g class="edge [^"]*" id="(e\d+)" data-from="(n\d+)" data-to="(n\d+)"><title>([^<]*)</title>`)
	nodeElem = regexp.MustCompile(`<g class="node [^"]*" id="(n\d+)" data-name="([^"]*)">`)
)

// checkEveryEdge fails unless every edge of g is in svg: between the
// nodes of its ends (through its topic for an async edge), with its
// detail and file:line in the edge's tooltip.
func checkEveryEdge(t testing.TB, g *Graph, svg string) {
	t.Helper()
	names := make(map[string]string) // node id → name
	for _, m := range nodeElem.FindAllStringSubmatch(svg, -1) {
		names[m[1]] = unescapeXML(m[2])
	}
	tips := make(map[[2]string]string)
	for _, m := range edgeElem.FindAllStringSubmatch(svg, -1) {
		tips[[2]string{names[m[2]], names[m[3]]}] += unescapeXML(m[4]) + "\n"
	}
	// An unknown is drawn by its label ("? (grpc x.Y)").
	labels := make(map[string]string)
	for _, r := range g.Resources {
		if r.Label != "" {
			labels[r.ID] = r.Label
		}
	}
	drawn := func(id string) string { return cmp.Or(labels[id], id) }
	missing := 0
	for _, e := range g.Edges {
		hops := [][2]string{{drawn(e.From), drawn(e.To)}}
		if e.Kind == "async" && e.Via != "" && e.From != e.Via && e.To != e.Via {
			hops = [][2]string{{drawn(e.From), drawn(e.Via)}, {drawn(e.Via), drawn(e.To)}}
		}
		for _, h := range hops {
			want := fmt.Sprintf("%s (%s:%d)", e.Detail, e.File, e.Line)
			// A deployed program is drawn by its name, without "external:".
			short := [2]string{strings.TrimPrefix(h[0], "external:"), strings.TrimPrefix(h[1], "external:")}
			if !strings.Contains(tips[h], want) && !strings.Contains(tips[short], want) {
				missing++
				if missing <= 5 {
					t.Errorf("edge %s → %s (%s) is not in the SVG", h[0], h[1], want)
				}
			}
		}
	}
	if missing > 0 {
		t.Errorf("%d of %d edges missing", missing, len(g.Edges))
	}
}

func unescapeXML(s string) string {
	var v string
	if err := xml.Unmarshal([]byte("<a>"+s+"</a>"), &v); err != nil {
		return s
	}
	return v
}

// wellFormed fails unless svg parses as XML.
func wellFormed(t *testing.T, svg string) {
	t.Helper()
	dec := xml.NewDecoder(strings.NewReader(svg))
	for {
		_, err := dec.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed XML: %v", err)
		}
	}
}

func TestSVGEveryEdgeGenerated(t *testing.T) {
	g := generated(500, 7)
	var b bytes.Buffer
	if err := WriteSVG(&b, g, Options{}); err != nil {
		t.Fatal(err)
	}
	wellFormed(t, b.String())
	checkEveryEdge(t, g, b.String())
	if got := strings.Count(b.String(), `<g class="cluster"`); got != 25 {
		t.Errorf("%d clusters drawn, want 25", got)
	}
}

func TestSVGEscaping(t *testing.T) {
	m, fset := sampleModel()
	m.Sync[0].To = `evil"/><script>alert(1)</script>`
	m.Sync[1].Detail = `GET /a&b <{x}>`
	g := Build(rules.Empty(), m, fset, filepath.Base)
	g.Services = append(g.Services, Service{Name: "straße-δ{}\"'<>&\x01"}, Service{Name: `evil"/><script>alert(1)</script>`})
	for _, level := range []string{"service", "endpoint"} {
		var b bytes.Buffer
		if err := WriteSVG(&b, g, Options{Level: level}); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		wellFormed(t, out)
		if strings.Contains(out, "<script") {
			t.Errorf("%s: a name reached the SVG as markup", level)
		}
		if !strings.Contains(out, `data-name="straße-δ{}&quot;&#39;&lt;&gt;&amp;"`) {
			t.Errorf("%s: the unicode name is not kept, escaped", level)
		}
		checkEveryEdge(t, g, out)
	}
}

func TestSVGDeterministic(t *testing.T) {
	var outs []string
	for range 3 {
		var b bytes.Buffer
		if err := WriteSVG(&b, generated(120, 3), Options{}); err != nil {
			t.Fatal(err)
		}
		outs = append(outs, b.String())
	}
	if outs[0] != outs[1] || outs[1] != outs[2] {
		t.Error("the same graph drawn three times gave different bytes")
	}
}

// TestSVGFallback stands in a layout that loses an edge when it has
// clusters, as Graphviz does on dense clustered graphs: the drawing is
// made again without clusters, with a note; a layout that always loses
// one is an error, not a quiet gap.
func TestSVGFallback(t *testing.T) {
	real := layoutFunc
	defer func() { layoutFunc = real }()
	lossy := func(always bool) func(layout.Input) layout.Result {
		return func(in layout.Input) layout.Result {
			res := real(in)
			if always || len(in.Clusters) > 0 {
				res.Edges[len(res.Edges)/2].Points = nil
			}
			return res
		}
	}
	g := generated(60, 5)
	layoutFunc = lossy(false)
	var b, notes bytes.Buffer
	if err := WriteSVG(&b, g, Options{Notes: &notes}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(notes.String(), "without clusters") {
		t.Errorf("no note on the fallback: %q", notes.String())
	}
	if strings.Contains(b.String(), `<g class="cluster"`) {
		t.Error("the fallback drawing still has clusters")
	}
	checkEveryEdge(t, g, b.String())

	layoutFunc = lossy(true)
	b.Reset()
	if err := WriteSVG(&b, g, Options{}); err == nil || !strings.Contains(err.Error(), "edges") {
		t.Errorf("a layout that loses edges gave err = %v", err)
	}
}

// TestEndpointLevel draws each service as a cluster of its endpoints,
// with a sync edge from the endpoints that make the call to the endpoint
// it calls, and other code's calls from the service node.
func TestEndpointLevel(t *testing.T) {
	g := &Graph{
		Services: []Service{
			{Name: "gw", Endpoints: []string{"GET /a", "GET /b"}},
			{Name: "orders", Endpoints: []string{"POST /orders"}},
		},
		Edges: []Edge{
			{From: "gw", To: "orders", Kind: "sync", Protocol: "http", Detail: "POST /orders", File: "gw.go", Line: 3,
				FromEndpoints: []string{"GET /a", "GET /b"}, ToEndpoint: "POST /orders"},
			{From: "gw", To: "orders", Kind: "sync", Protocol: "http", Detail: "POST /orders", File: "main.go", Line: 9, ToEndpoint: "POST /orders"},
		},
	}
	d := newDrawing(g, Options{Level: "endpoint"})
	var got []string
	for _, e := range d.edges {
		got = append(got, d.nodes[e.fi].label+" → "+d.nodes[e.ti].label)
	}
	want := "gw → POST /orders; GET /a → POST /orders; GET /b → POST /orders"
	if s := strings.Join(got, "; "); s != want {
		t.Errorf("edges: %s\nwant:  %s", s, want)
	}
	if len(d.clusters) != 2 || d.clusters[0].label != "gw" {
		t.Errorf("clusters: %+v", d.clusters)
	}
	for _, n := range d.nodes {
		if n.cluster < 0 || d.clusters[n.cluster].label != n.service {
			t.Errorf("node %q is not in its service's cluster", n.label)
		}
	}
}

// BenchmarkSVG500 draws a generated 500-service, 25-group map with about
// 1500 edges, and fails if any edge is missing from the SVG.
func BenchmarkSVG500(b *testing.B) {
	g := generated(500, 7)
	var out bytes.Buffer
	for b.Loop() {
		out.Reset()
		if err := WriteSVG(&out, g, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	checkEveryEdge(b, g, out.String())
	b.ReportMetric(float64(len(g.Edges)), "model-edges")
	b.ReportMetric(float64(len(edgeElem.FindAllStringIndex(out.String(), -1))), "drawn-edges")
}

// TestDeployedResource draws a program the deployment runs that is no
// analysed service as a service-like node named without "external:", and
// --no-external keeps it.
func TestDeployedResource(t *testing.T) {
	g := &Graph{
		Services:  []Service{{Name: "web"}},
		Resources: []Resource{{ID: "external:cart", Kind: "deployed", Deployed: "kubernetes Service cart at k8s/cart.yaml:3"}, {ID: "external:api.example.com", Kind: "external"}},
		Edges: []Edge{
			{From: "web", To: "external:cart", Kind: "sync", Protocol: "grpc", Detail: "/cart.Cart/Get", File: "web.go", Line: 4},
			{From: "web", To: "external:api.example.com", Kind: "sync", Protocol: "http", Detail: "GET /x", File: "web.go", Line: 9},
		},
	}
	g, err := g.Narrow(View{NoExternal: true})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := WriteSVG(&b, g, Options{}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if !strings.Contains(out, `<g class="node deployed" id="n1" data-name="cart"><title>cart&#10;deployed as kubernetes Service cart at k8s/cart.yaml:3`) {
		t.Errorf("the deployed program is not drawn as one:\n%s", out)
	}
	if strings.Contains(out, "api.example.com") {
		t.Error("--no-external kept the external host")
	}
	checkEveryEdge(t, g, out)
}

// TestUnusedResourceNotDrawn leaves out a resource no edge touches (a
// wildcard subject whose edges go through the subjects it matches).
func TestUnusedResourceNotDrawn(t *testing.T) {
	g := &Graph{
		Services:  []Service{{Name: "pub"}, {Name: "sub"}},
		Resources: []Resource{{ID: "nats:payments.*", Kind: "subject"}, {ID: "nats:payments.settled", Kind: "subject"}},
		Edges:     []Edge{{From: "pub", To: "sub", Kind: "async", Protocol: "nats", Detail: "payments.settled", Via: "nats:payments.settled", File: "p.go", Line: 3}},
	}
	d := newDrawing(g, Options{})
	var names []string
	for _, n := range d.nodes {
		names = append(names, n.key)
	}
	if got, want := strings.Join(names, " "), "pub sub nats:payments.settled"; got != want {
		t.Errorf("nodes %q, want %q", got, want)
	}
}

// TestEndpointTables checks that a data edge at endpoint level is drawn
// from each endpoint whose handler reaches its statements, its tooltip
// naming the tables that endpoint reaches, and at service level all of
// them; the label stays the database's.
func TestEndpointTables(t *testing.T) {
	g := &Graph{
		Services:  []Service{{Name: "orders", Endpoints: []string{"GET /orders", "POST /orders"}}},
		Resources: []Resource{{ID: "postgres:db/orders", Kind: "database"}},
		Edges: []Edge{{From: "orders", To: "postgres:db/orders", Kind: "data", Protocol: "sql", Detail: "orders", File: "o.go", Line: 3,
			FromEndpoints: []string{"GET /orders", "POST /orders"},
			Tables: []TableUse{
				{Table: "orders", Access: "read, write", Endpoints: []EndpointUse{{"GET /orders", "read"}, {"POST /orders", "write"}}},
				{Table: "outbox", Access: "write", Endpoints: []EndpointUse{{"POST /orders", "write"}}},
				{Table: "stats", Access: "read"},
			}}},
	}
	var got []string
	d := newDrawing(g, Options{Level: "endpoint"})
	for _, e := range d.edges {
		got = append(got, d.nodes[e.fi].label+" → "+e.label()+" → "+d.nodes[e.ti].label+": "+e.tooltip())
	}
	want := "GET /orders → sql orders → postgres:db/orders: orders (o.go:3)\n\ntables: orders: read | " +
		"POST /orders → sql orders → postgres:db/orders: orders (o.go:3)\n\ntables: orders: write; outbox: write"
	if s := strings.Join(got, " | "); s != want {
		t.Errorf("endpoint level:\n%s\nwant:\n%s", s, want)
	}
	got = nil
	d = newDrawing(g, Options{})
	for _, e := range d.edges {
		got = append(got, e.label()+": "+e.tooltip())
	}
	want = "sql orders: orders (o.go:3)\n\ntables: orders: read, write; outbox: write; stats: read"
	if s := strings.Join(got, " | "); s != want {
		t.Errorf("service level:\n%s\nwant:\n%s", s, want)
	}
}
