package graph

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/awalterschulze/gographviz"
)

// dotQuote makes s a DOT quoted string: only `"` and `\` are special
// inside one, and a newline is written as \n.
func dotQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r < 0x20 || r == 0x7f:
			// control characters: left out
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// dotID is a node's DOT id: its name, or for an endpoint its service
// and endpoint.
func (n node) dotID() string {
	if n.kind == "endpoint" {
		return dotQuote(n.service + " " + n.endpoint)
	}
	return dotQuote(n.key)
}

// WriteDOT writes g as a Graphviz digraph, built with gographviz: services
// as rounded boxes, grouped in clusters; topics as their own shape,
// datastores as cylinders, external hosts dimmed; sync edges solid, async
// dashed, data dotted; each edge labelled with its protocol and what it
// calls, all of it in the tooltip; what a finding is on drawn red.
func WriteDOT(w io.Writer, g *Graph, o Options) error {
	d := newDrawing(g, o)
	gv := gographviz.NewGraph()
	const name = "services"
	steps := []func() error{
		func() error { return gv.SetName(name) },
		func() error { return gv.SetDir(true) },
		func() error { return gv.AddAttr(name, "rankdir", "LR") },
		func() error { return gv.AddAttr(name, "fontname", dotQuote("Helvetica")) },
	}
	for i, c := range d.clusters {
		attrs := map[string]string{"label": dotQuote(c.label), "tooltip": dotQuote(c.tooltip), "style": dotQuote("rounded"), "color": "gray60"}
		if c.finding {
			attrs["color"], attrs["fontcolor"] = "red", "red"
		}
		sub := fmt.Sprintf("cluster_%d", i)
		steps = append(steps, func() error { return gv.AddSubGraph(name, sub, attrs) })
	}
	for _, n := range d.nodes {
		attrs := map[string]string{"label": dotQuote(n.label), "tooltip": dotQuote(n.tooltip)}
		switch n.kind {
		case "service":
			attrs["shape"], attrs["style"] = "box", dotQuote("rounded")
		case "endpoint":
			attrs["shape"], attrs["style"], attrs["fontsize"] = "box", dotQuote("rounded"), "10"
		case "deployed":
			attrs["shape"], attrs["style"], attrs["fillcolor"], attrs["color"] = "box", dotQuote("rounded,filled"), "gray95", "gray40"
		case "external":
			attrs["shape"], attrs["style"], attrs["color"], attrs["fontcolor"] = "box", "dashed", "gray50", "gray50"
		case "unknown":
			attrs["shape"], attrs["style"], attrs["color"], attrs["fontcolor"] = "box", dotQuote("dashed,rounded"), "gray50", "gray50"
		case "datastore":
			attrs["shape"] = "cylinder"
		case "topic":
			attrs["shape"] = "cds"
		}
		if n.finding {
			attrs["color"], attrs["fontcolor"] = "red", "red"
		}
		parent := name
		if n.cluster >= 0 {
			parent = fmt.Sprintf("cluster_%d", n.cluster)
		}
		id := n.dotID()
		steps = append(steps, func() error { return gv.AddNode(parent, id, attrs) })
	}
	for _, e := range d.edges {
		style := map[string]string{"sync": "solid", "async": "dashed", "data": "dotted"}[e.kind]
		if style == "" {
			style = "solid"
		}
		attrs := map[string]string{
			"style":   style,
			"label":   dotQuote(e.label()),
			"tooltip": dotQuote(e.tooltip()),
		}
		if len(e.findings) > 0 {
			attrs["color"], attrs["fontcolor"] = "red", "red"
		}
		if e.kind == "co-change" {
			// Undirected, heavier the more they change together, and
			// kept out of the ranking: history, not a dependency.
			attrs["style"], attrs["dir"], attrs["constraint"] = "bold", "none", "false"
			attrs["color"], attrs["fontcolor"] = dotQuote("#7b3fa0"), dotQuote("#7b3fa0")
			attrs["penwidth"] = strconv.Itoa(1 + e.degree/25)
			if e.hidden {
				attrs["color"], attrs["fontcolor"] = "red", "red"
			}
		}
		from, to := d.nodes[e.fi].dotID(), d.nodes[e.ti].dotID()
		steps = append(steps, func() error { return gv.AddEdge(from, to, true, attrs) })
	}
	steps = append(steps, legend(gv, name, d.hasUnknown())...)
	for _, step := range steps {
		if err := step(); err != nil {
			return fmt.Errorf("building the DOT graph: %w", err)
		}
	}
	ast, err := gv.WriteAst()
	if err != nil {
		return fmt.Errorf("writing the DOT graph: %w", err)
	}
	_, err = io.WriteString(w, ast.String())
	return err
}

// legend returns the steps that add a legend cluster: the node shapes and
// the edge styles. Its node ids cannot be a service's or a resource's.
func legend(gv *gographviz.Graph, parent string, unknown bool) []func() error {
	const sub = "cluster_legend"
	id := func(s string) string { return dotQuote("\u2063legend " + s) }
	nodes := []struct{ key, label, shape, style, color string }{
		{"service", "service", "box", "rounded", ""},
		{"deployed", "deployed, not analysed", "box", "rounded,filled", "gray40"},
		{"topic", "topic, queue", "cds", "", ""},
		{"external", "external host", "box", "dashed", "gray50"},
		{"datastore", "datastore", "cylinder", "", ""},
	}
	if unknown {
		nodes = append(nodes, struct{ key, label, shape, style, color string }{"unknown", "? not resolved", "box", "dashed,rounded", "gray50"})
	}
	steps := []func() error{func() error {
		return gv.AddSubGraph(parent, sub, map[string]string{"label": dotQuote("legend"), "style": "dashed", "color": "gray70", "fontsize": "10"})
	}}
	for _, n := range nodes {
		attrs := map[string]string{"label": dotQuote(n.label), "shape": n.shape, "fontsize": "10"}
		if n.style != "" {
			attrs["style"] = dotQuote(n.style)
		}
		if n.color != "" {
			attrs["color"], attrs["fontcolor"] = n.color, n.color
		}
		if n.key == "deployed" {
			attrs["fillcolor"] = "gray95"
		}
		nid := id(n.key)
		steps = append(steps, func() error { return gv.AddNode(sub, nid, attrs) })
	}
	for _, e := range []struct{ from, to, style, label string }{
		{"service", "topic", "dashed", "async"},
		{"service", "external", "solid", "sync"},
		{"service", "datastore", "dotted", "data"},
	} {
		from, to := id(e.from), id(e.to)
		attrs := map[string]string{"style": e.style, "label": dotQuote(e.label), "fontsize": "10"}
		steps = append(steps, func() error { return gv.AddEdge(from, to, true, attrs) })
	}
	return steps
}

// mermaidText makes s safe inside a Mermaid quoted label: quotes, angle
// brackets, braces, pipes and the like become entity codes, so a name
// can neither end the label nor inject markup.
func mermaidText(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '"', '<', '>', '&', '{', '}', '[', ']', '(', ')', '|', '#', ';', '`':
			b.WriteString("#" + strconv.Itoa(int(r)) + ";")
		case '\n':
			b.WriteString("<br/>")
		default:
			if r < 0x20 || r == 0x7f {
				continue
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

// WriteMermaid writes g as a Mermaid flowchart (GitHub renders it in
// Markdown): node ids are generated, names only appear escaped in labels;
// clusters are subgraphs.
func WriteMermaid(w io.Writer, g *Graph, o Options) error {
	d := newDrawing(g, o)
	var b strings.Builder
	b.WriteString("flowchart LR\n")
	writeNode := func(indent string, i int, n node) {
		id := "n" + strconv.Itoa(i)
		text := mermaidText(n.label)
		switch n.kind {
		case "service", "endpoint":
			class := ""
			if n.finding {
				class = ":::finding"
			}
			fmt.Fprintf(&b, "%s%s(\"%s\")%s\n", indent, id, text, class)
		case "deployed":
			fmt.Fprintf(&b, "%s%s(\"%s\"):::deployed\n", indent, id, text)
		case "external":
			fmt.Fprintf(&b, "%s%s[\"%s\"]:::external\n", indent, id, text)
		case "unknown":
			fmt.Fprintf(&b, "%s%s(\"%s\"):::unknown\n", indent, id, text)
		case "datastore":
			fmt.Fprintf(&b, "%s%s[(\"%s\")]\n", indent, id, text)
		case "topic":
			fmt.Fprintf(&b, "%s%s{{\"%s\"}}\n", indent, id, text)
		default:
			fmt.Fprintf(&b, "%s%s[\"%s\"]\n", indent, id, text)
		}
	}
	for c, cl := range d.clusters {
		fmt.Fprintf(&b, "  subgraph c%d [\"%s\"]\n", c, mermaidText(cl.label))
		for i, n := range d.nodes {
			if n.cluster == c {
				writeNode("    ", i, n)
			}
		}
		b.WriteString("  end\n")
	}
	for i, n := range d.nodes {
		if n.cluster < 0 {
			writeNode("  ", i, n)
		}
	}
	// Sync edges are solid and data edges dotted (Mermaid's -.->); async
	// edges are dashed, and edges with findings red, by link style.
	styled := make(map[string][]string)
	for i, e := range d.edges {
		arrow := "-->"
		switch e.kind {
		case "async", "data":
			arrow = "-.->"
		case "co-change":
			arrow = "==="
		}
		fmt.Fprintf(&b, "  n%d %s|\"%s\"| n%d\n", e.fi, arrow, mermaidText(e.label()), e.ti)
		var style []string
		if e.kind == "async" {
			style = append(style, "stroke-dasharray:6 4")
		}
		if len(e.findings) > 0 || e.kind == "co-change" && e.hidden {
			style = append(style, "stroke:#d00,color:#d00")
		} else if e.kind == "co-change" {
			style = append(style, "stroke:#7b3fa0,color:#7b3fa0")
		}
		if len(style) > 0 {
			k := strings.Join(style, ",")
			styled[k] = append(styled[k], strconv.Itoa(i))
		}
	}
	b.WriteString("  classDef external stroke-dasharray: 4 4,color:#777,stroke:#999\n")
	b.WriteString("  classDef deployed fill:#f0f1f4,stroke:#6b7280\n")
	b.WriteString("  classDef finding stroke:#d00,color:#d00\n")
	if d.hasUnknown() {
		b.WriteString("  classDef unknown stroke-dasharray: 4 4,color:#777,stroke:#999\n")
	}
	for _, k := range slices.Sorted(maps.Keys(styled)) {
		b.WriteString("  linkStyle " + strings.Join(styled[k], ",") + " " + k + "\n")
	}
	if o.Notes != nil && (len(d.edges) > mermaidMaxEdges || b.Len() > mermaidMaxText) {
		fmt.Fprintf(o.Notes, "boundcheck: the Mermaid chart has %d edges and %d characters; Mermaid's defaults (GitHub's too) draw at most %d and %d: narrow it with --focus or use svg or html\n",
			len(d.edges), b.Len(), mermaidMaxEdges, mermaidMaxText)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// Mermaid's default limits, past which it shows an error instead of the
// chart: maxEdges and maxTextSize.
const (
	mermaidMaxEdges = 500
	mermaidMaxText  = 50000
)
