package graph

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/awalterschulze/gographviz"
)

// A drawn edge is the edges of one kind and protocol between two nodes,
// drawn once, with the endpoints they call.
type drawnEdge struct {
	from, to, kind, protocol string
	details                  []string // "POST /orders (services/gateway/orders.go:25)"
	findings                 []string
}

// label is the edge's text: its protocol and how many endpoints it calls.
func (e drawnEdge) label() string {
	n := len(e.details)
	if n == 1 {
		d, _, _ := strings.Cut(e.details[0], " (")
		return e.protocol + " " + d
	}
	return fmt.Sprintf("%s ×%d", e.protocol, n)
}

// drawnEdges merges g's edges by ends, kind and protocol.
func drawnEdges(g *Graph) []drawnEdge {
	var out []drawnEdge
	index := make(map[[4]string]int)
	add := func(from, to string, e Edge) {
		k := [4]string{from, to, e.Kind, e.Protocol}
		i, ok := index[k]
		if !ok {
			i = len(out)
			index[k] = i
			out = append(out, drawnEdge{from: from, to: to, kind: e.Kind, protocol: e.Protocol})
		}
		d := fmt.Sprintf("%s (%s:%d)", e.Detail, e.File, e.Line)
		if !slices.Contains(out[i].details, d) {
			out[i].details = append(out[i].details, d)
		}
		for _, f := range e.Findings {
			if !slices.Contains(out[i].findings, f) {
				out[i].findings = append(out[i].findings, f)
			}
		}
	}
	for _, e := range g.Edges {
		if e.Kind == "async" && e.Via != "" && e.From != e.Via && e.To != e.Via {
			// Drawn through its topic: publisher → topic → consumer.
			add(e.From, e.Via, e)
			add(e.Via, e.To, e)
			continue
		}
		add(e.From, e.To, e)
	}
	for i := range out {
		slices.Sort(out[i].details)
	}
	slices.SortFunc(out, func(a, b drawnEdge) int {
		return cmp.Or(cmp.Compare(a.from, b.from), cmp.Compare(a.to, b.to), cmp.Compare(a.kind, b.kind), cmp.Compare(a.protocol, b.protocol))
	})
	return out
}

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

// WriteDOT writes g as a Graphviz digraph, built with gographviz: services
// as rounded boxes, topics as their own shape, external hosts dimmed;
// sync edges solid, async dashed, data dotted; each edge labelled with its
// protocol and what it calls, all of it in the tooltip.
func WriteDOT(w io.Writer, g *Graph) error {
	gv := gographviz.NewGraph()
	const name = "services"
	steps := []func() error{
		func() error { return gv.SetName(name) },
		func() error { return gv.SetDir(true) },
		func() error { return gv.AddAttr(name, "rankdir", "LR") },
		func() error { return gv.AddAttr(name, "fontname", dotQuote("Helvetica")) },
	}
	for _, s := range g.Services {
		tip := s.Name
		if len(s.Endpoints) > 0 {
			tip += "\n" + strings.Join(s.Endpoints, "\n")
		}
		if len(s.Findings) > 0 {
			tip += "\n\n" + strings.Join(s.Findings, "\n")
		}
		attrs := map[string]string{"shape": "box", "style": dotQuote("rounded"), "label": dotQuote(s.Name), "tooltip": dotQuote(tip)}
		if len(s.Findings) > 0 {
			attrs["color"], attrs["fontcolor"] = "red", "red"
		}
		id := dotQuote(s.Name)
		steps = append(steps, func() error { return gv.AddNode(name, id, attrs) })
	}
	for _, r := range g.Resources {
		attrs := map[string]string{"label": dotQuote(r.ID), "tooltip": dotQuote(r.Kind + " " + r.ID)}
		switch r.Kind {
		case "external":
			attrs["shape"], attrs["style"], attrs["color"], attrs["fontcolor"] = "box", "dashed", "gray50", "gray50"
		case "table", "database", "collection":
			attrs["shape"] = "cylinder"
		default:
			attrs["shape"] = "cds"
		}
		id := dotQuote(r.ID)
		steps = append(steps, func() error { return gv.AddNode(name, id, attrs) })
	}
	drawn := make(map[string]bool)
	for _, s := range g.Services {
		drawn[s.Name] = true
	}
	for _, r := range g.Resources {
		drawn[r.ID] = true
	}
	edges := drawnEdges(g)
	for _, e := range edges {
		for _, n := range []string{e.from, e.to} {
			if !drawn[n] {
				drawn[n] = true
				id, attrs := dotQuote(n), map[string]string{"label": dotQuote(n)}
				steps = append(steps, func() error { return gv.AddNode(name, id, attrs) })
			}
		}
	}
	for _, e := range edges {
		style := map[string]string{"sync": "solid", "async": "dashed", "data": "dotted"}[e.kind]
		if style == "" {
			style = "solid"
		}
		tip := strings.Join(e.details, "\n")
		if len(e.findings) > 0 {
			tip += "\n\n" + strings.Join(e.findings, "\n")
		}
		attrs := map[string]string{
			"style":   style,
			"label":   dotQuote(e.label()),
			"tooltip": dotQuote(tip),
		}
		if len(e.findings) > 0 {
			attrs["color"], attrs["fontcolor"] = "red", "red"
		}
		from, to := dotQuote(e.from), dotQuote(e.to)
		steps = append(steps, func() error { return gv.AddEdge(from, to, true, attrs) })
	}
	steps = append(steps, legend(gv, name)...)
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
func legend(gv *gographviz.Graph, parent string) []func() error {
	const sub = "cluster_legend"
	id := func(s string) string { return dotQuote("\u2063legend " + s) }
	nodes := []struct{ key, label, shape, style, color string }{
		{"service", "service", "box", "rounded", ""},
		{"topic", "topic, queue", "cds", "", ""},
		{"external", "external host", "box", "dashed", "gray50"},
		{"datastore", "datastore", "cylinder", "", ""},
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
// Markdown): node ids are generated, names only appear escaped in labels.
func WriteMermaid(w io.Writer, g *Graph) error {
	var b strings.Builder
	b.WriteString("flowchart LR\n")
	ids := make(map[string]string)
	id := func(name string) string {
		if v, ok := ids[name]; ok {
			return v
		}
		v := "n" + strconv.Itoa(len(ids))
		ids[name] = v
		return v
	}
	for _, s := range g.Services {
		class := ""
		if len(s.Findings) > 0 {
			class = ":::finding"
		}
		fmt.Fprintf(&b, "  %s(\"%s\")%s\n", id(s.Name), mermaidText(s.Name), class)
	}
	for _, r := range g.Resources {
		switch r.Kind {
		case "external":
			fmt.Fprintf(&b, "  %s[\"%s\"]:::external\n", id(r.ID), mermaidText(r.ID))
		case "table", "database", "collection":
			fmt.Fprintf(&b, "  %s[(\"%s\")]\n", id(r.ID), mermaidText(r.ID))
		default:
			fmt.Fprintf(&b, "  %s{{\"%s\"}}\n", id(r.ID), mermaidText(r.ID))
		}
	}
	edges := drawnEdges(g)
	for _, e := range edges {
		for _, n := range []string{e.from, e.to} {
			if _, ok := ids[n]; !ok {
				fmt.Fprintf(&b, "  %s[\"%s\"]\n", id(n), mermaidText(n))
			}
		}
	}
	var red []string
	for i, e := range edges {
		arrow := map[string]string{"sync": "-->", "async": "-.->", "data": "==>"}[e.kind]
		if arrow == "" {
			arrow = "-->"
		}
		fmt.Fprintf(&b, "  %s %s|\"%s\"| %s\n", id(e.from), arrow, mermaidText(e.label()), id(e.to))
		if len(e.findings) > 0 {
			red = append(red, strconv.Itoa(i))
		}
	}
	b.WriteString("  classDef external stroke-dasharray: 4 4,color:#777,stroke:#999\n")
	b.WriteString("  classDef finding stroke:#d00,color:#d00\n")
	if len(red) > 0 {
		b.WriteString("  linkStyle " + strings.Join(red, ",") + " stroke:#d00,color:#d00\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}
