package graph

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/boundcheck/boundcheck/graph/layout"
)

// layoutFunc lays out a drawing; a variable so that a test can stand in a
// layout that loses edges.
var layoutFunc = layout.Layout

// Sizes of the drawing, in pixels.
const (
	labelSize   = 10 // edge labels
	clusterSize = 12 // cluster labels
	legendH     = 44
)

// A nodeStyle is how one kind of node is drawn.
type nodeStyle struct {
	font, padX, height float64
}

var nodeStyles = map[string]nodeStyle{
	"service":   {13, 28, 34},
	"endpoint":  {11, 20, 26},
	"deployed":  {13, 28, 34},
	"topic":     {12, 40, 32},
	"external":  {12, 24, 30},
	"unknown":   {12, 24, 30},
	"datastore": {12, 28, 46},
	"other":     {12, 24, 30},
}

func styleOf(kind string) nodeStyle {
	if s, ok := nodeStyles[kind]; ok {
		return s
	}
	return nodeStyles["other"]
}

// textWidth estimates the width of s in a sans-serif font of the given
// size: no font metrics are at hand, so each rune counts by its class.
func textWidth(s string, size float64) float64 {
	w := 0.0
	for _, r := range s {
		switch {
		case strings.ContainsRune("iljt.,:;|!'`()[]{} /\\", r):
			w += 0.32
		case strings.ContainsRune("mwMW@%", r):
			w += 0.9
		case unicode.IsUpper(r) || unicode.IsDigit(r) || r == '_' || r == '-':
			w += 0.66
		case r < utf8.RuneSelf || unicode.In(r, unicode.Latin, unicode.Greek, unicode.Cyrillic):
			w += 0.56
		default: // CJK and other wide scripts, symbols
			w += 1.0
		}
	}
	return w * size
}

// size is the box n is drawn in.
func (n node) size() (w, h float64) {
	st := styleOf(n.kind)
	return textWidth(n.label, st.font) + st.padX, st.height
}

// input turns the drawing into the layout's input; clustered says whether
// the clusters take part.
func (d *drawing) input(clustered bool) layout.Input {
	in := layout.Input{LeftToRight: true, RankSep: 56, NodeSep: 18}
	for _, n := range d.nodes {
		c := n.cluster
		if !clustered {
			c = -1
		}
		w, h := n.size()
		in.Nodes = append(in.Nodes, layout.Node{W: w, H: h, Cluster: c})
	}
	for _, e := range d.edges {
		in.Edges = append(in.Edges, layout.Edge{From: e.fi, To: e.ti, LabelW: textWidth(e.label(), labelSize) + 6, LabelH: labelSize + 4})
	}
	if clustered {
		for _, c := range d.clusters {
			in.Clusters = append(in.Clusters, layout.Cluster{LabelW: textWidth(c.label, clusterSize) + 16, LabelH: clusterSize + 8})
		}
	}
	return in
}

// xmlText escapes s for XML text and attribute values, leaving out the
// characters XML 1.0 cannot hold.
func xmlText(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '&':
			b.WriteString("&amp;")
		case r == '"':
			b.WriteString("&quot;")
		case r == '\'':
			b.WriteString("&#39;")
		case r == '\n' || r == '\t':
			b.WriteString("&#" + strconv.Itoa(int(r)) + ";")
		case r < 0x20 || r == 0x7f || r == 0xFFFE || r == 0xFFFF || r == utf8.RuneError:
			// not allowed in XML, or not a character
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// num writes a coordinate with one decimal at most, the same way every time.
func num(x float64) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		x = 0
	}
	return strconv.FormatFloat(math.Round(x*10)/10, 'f', -1, 64)
}

const svgStyle = `<style>
.node rect,.node path,.key rect,.key path{fill:#fff;stroke:#333;stroke-width:1.2}
.node text,.key text{fill:#111;text-anchor:middle}
.service rect{fill:#eef4fb;stroke:#35618f}
.endpoint rect{fill:#fff;stroke:#6b87a6}
.deployed rect{fill:#f0f1f4;stroke:#6b7280}
.deployed text{fill:#374151}
.topic path{fill:#fdf5e1;stroke:#9a7b2c}
.datastore path{fill:#eaf4ea;stroke:#3f7a3f}
.external rect,.other rect{fill:#f6f6f6;stroke:#999;stroke-dasharray:4 3}
.external text,.other text{fill:#777}
.node.finding rect,.node.finding path{stroke:#d00;stroke-width:2}
.node.finding text{fill:#b00}
.line{fill:none;stroke:#555;stroke-width:1.2}
.arrow{fill:#555;stroke:none}
.async .line{stroke-dasharray:6 4}
.data .line{stroke-dasharray:2 3}
.finding .line{stroke:#d00;stroke-width:1.8}
.co-change .line{stroke:#7b3fa0;stroke-width:2.2}
.co-change .arrow{display:none}
.co-change text{fill:#7b3fa0}
.co-change.hidden .line{stroke:#d00;stroke-dasharray:10 3}
.co-change.hidden text{fill:#b00}
.finding .arrow{fill:#d00}
.edge text{fill:#444;text-anchor:middle;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}
.edge.finding text{fill:#b00}
.cluster rect{fill:#f7f8fb;stroke:#a9b3c4}
.cluster.finding rect{stroke:#d00}
.cluster text{fill:#4a5568;font-weight:bold}
.legend text{fill:#555}
.legend text.start{text-anchor:start}
</style>
`

// svgOut is a drawn SVG.
type svgOut struct {
	data  []byte
	edges int // edge elements in data
}

// drawSVG writes the drawing laid out as l.
func drawSVG(d *drawing, l layout.Result, clustered bool) svgOut {
	var b, legend bytes.Buffer
	width := math.Max(l.Width, writeLegend(&legend, l.Height, d.hasUnknown(), d.hasCochange())+16)
	height := l.Height + legendH
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" class="boundcheck-graph" viewBox="0 0 %s %s" width="%s" height="%s" font-family="Helvetica,Arial,sans-serif">`+"\n",
		num(width), num(height), num(width), num(height))
	b.WriteString(svgStyle)
	b.WriteString(`<g class="clusters">` + "\n")
	if clustered {
		for i, c := range d.clusters {
			if i >= len(l.Clusters) || l.Clusters[i].W == 0 {
				continue
			}
			r := l.Clusters[i]
			class := "cluster"
			if c.finding {
				class += " finding"
			}
			fmt.Fprintf(&b, `<g class="%s" id="c%d" data-name="%s"><title>%s</title><rect x="%s" y="%s" width="%s" height="%s" rx="8"/><text x="%s" y="%s" font-size="%d">%s</text></g>`+"\n",
				class, i, xmlText(c.label), xmlText(c.tooltip), num(r.X), num(r.Y), num(r.W), num(r.H),
				num(r.X+8), num(r.Y+clusterSize+4), clusterSize, xmlText(c.label))
		}
	}
	b.WriteString("</g>\n")
	b.WriteString(`<g class="edges">` + "\n")
	drawn := 0
	for i, e := range d.edges {
		if i >= len(l.Edges) || !validPath(l.Edges[i].Points) {
			continue // lost: the count tells
		}
		drawn++
		p := l.Edges[i]
		class := "edge " + e.kind
		if len(e.findings) > 0 {
			class += " finding"
		}
		width := ""
		if e.kind == "co-change" {
			// Heavier the more the two change together.
			width = fmt.Sprintf(` style="stroke-width:%s"`, num(1+float64(e.degree)/25))
			if e.hidden {
				class += " hidden"
			}
		}
		fmt.Fprintf(&b, `<g class="%s" id="e%d" data-from="n%d" data-to="n%d"><title>%s</title><path class="line" d="%s"%s/><path class="arrow" d="%s"/><text class="label" x="%s" y="%s" font-size="%d">%s</text></g>`+"\n",
			class, i, e.fi, e.ti, xmlText(e.tooltip()), pathData(p.Points), width, arrowData(p.Points),
			num(p.Label.X), num(p.Label.Y+labelSize*0.35), labelSize, xmlText(e.label()))
	}
	b.WriteString("</g>\n")
	b.WriteString(`<g class="nodes">` + "\n")
	for i, n := range d.nodes {
		c := l.Nodes[i]
		st := styleOf(n.kind)
		w, h := n.size()
		class := "node " + n.kind
		if n.kind == "unknown" {
			class = "node external unknown" // drawn like an external host, labelled "?"
		}
		if n.finding {
			class += " finding"
		}
		fmt.Fprintf(&b, `<g class="%s" id="n%d" data-name="%s"><title>%s</title>%s<text x="%s" y="%s" font-size="%s">%s</text></g>`+"\n",
			class, i, xmlText(n.label), xmlText(n.tooltip), shape(n.kind, c.X-w/2, c.Y-h/2, w, h),
			num(c.X), num(c.Y+st.font*0.35), num(st.font), xmlText(n.label))
	}
	b.WriteString("</g>\n")
	b.Write(legend.Bytes())
	b.WriteString("</svg>\n")
	return svgOut{data: b.Bytes(), edges: drawn}
}

// validPath reports whether ps is a drawable cubic spline.
func validPath(ps []layout.Point) bool {
	if len(ps) < 4 || (len(ps)-1)%3 != 0 {
		return false
	}
	for _, p := range ps {
		if math.IsNaN(p.X) || math.IsNaN(p.Y) || math.IsInf(p.X, 0) || math.IsInf(p.Y, 0) {
			return false
		}
	}
	return true
}

// pathData is the SVG path of a cubic spline.
func pathData(ps []layout.Point) string {
	var b strings.Builder
	b.WriteString("M" + num(ps[0].X) + "," + num(ps[0].Y) + "C")
	for i, p := range ps[1:] {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(num(p.X) + "," + num(p.Y))
	}
	return b.String()
}

// arrowData is the arrowhead at the spline's end, pointing along its last
// tangent.
func arrowData(ps []layout.Point) string {
	tip := ps[len(ps)-1]
	var from layout.Point
	for i := len(ps) - 2; i >= 0; i-- {
		if from = ps[i]; math.Hypot(tip.X-from.X, tip.Y-from.Y) > 0.5 {
			break
		}
	}
	dx, dy := tip.X-from.X, tip.Y-from.Y
	l := math.Hypot(dx, dy)
	if l == 0 {
		dx, dy, l = 1, 0, 1
	}
	ux, uy := dx/l, dy/l
	const length, half = 9, 4
	bx, by := tip.X-ux*length, tip.Y-uy*length
	return "M" + num(tip.X) + "," + num(tip.Y) + "L" + num(bx-uy*half) + "," + num(by+ux*half) + "L" + num(bx+uy*half) + "," + num(by-ux*half) + "Z"
}

// shape is the outline of a node of kind in the box x, y, w, h.
func shape(kind string, x, y, w, h float64) string {
	switch kind {
	case "topic":
		tip := h / 2
		return `<path d="M` + num(x) + "," + num(y) + "H" + num(x+w-tip) + "L" + num(x+w) + "," + num(y+h/2) + "L" + num(x+w-tip) + "," + num(y+h) + "H" + num(x) + `Z"/>`
	case "datastore":
		const ry = 6
		rx := num(w / 2)
		return `<path d="M` + num(x) + "," + num(y+ry) + "A" + rx + "," + strconv.Itoa(ry) + " 0 0 1 " + num(x+w) + "," + num(y+ry) +
			"V" + num(y+h-ry) + "A" + rx + "," + strconv.Itoa(ry) + " 0 0 1 " + num(x) + "," + num(y+h-ry) + "Z" +
			"M" + num(x) + "," + num(y+ry) + "A" + rx + "," + strconv.Itoa(ry) + " 0 0 0 " + num(x+w) + "," + num(y+ry) + `"/>`
	case "service", "endpoint", "deployed":
		return `<rect x="` + num(x) + `" y="` + num(y) + `" width="` + num(w) + `" height="` + num(h) + `" rx="6"/>`
	}
	return `<rect x="` + num(x) + `" y="` + num(y) + `" width="` + num(w) + `" height="` + num(h) + `" rx="2"/>`
}

// writeLegend draws the legend in a strip below the graph and returns its
// width.
func writeLegend(b *bytes.Buffer, top float64, unknown, cochange bool) float64 {
	y := top + 8
	fmt.Fprintf(b, `<g class="legend" transform="translate(8,%s)" font-size="11">`, num(y))
	x := 0.0
	item := func(kind, label string) {
		st := styleOf(kind)
		w := textWidth(label, 11) + 16
		h := math.Min(st.height, 28)
		class := kind
		if kind == "unknown" {
			class = "external unknown"
		}
		fmt.Fprintf(b, `<g class="key %s">%s<text x="%s" y="%s" font-size="11">%s</text></g>`,
			class, shape(kind, x, 0, w, h), num(x+w/2), num(h/2+4), label)
		x += w + 10
	}
	item("service", "service")
	item("deployed", "deployed, not analysed")
	item("topic", "topic, queue")
	item("datastore", "datastore")
	item("external", "external host")
	if unknown {
		item("unknown", "? not resolved")
	}
	line := func(class, label string) {
		fmt.Fprintf(b, `<g class="key %s"><path class="line" d="M%s,14H%s"/><text class="start" x="%s" y="18" font-size="11">%s</text></g>`,
			class, num(x), num(x+30), num(x+34), label)
		x += 40 + textWidth(label, 11)
	}
	line("sync", "sync")
	line("async", "async")
	line("data", "data")
	line("sync finding", "finding")
	if cochange {
		line("co-change", "change together")
		line("co-change hidden", "change together, no edge")
	}
	b.WriteString("</g>\n")
	return x
}

// WriteSVG draws g as SVG, laid out in-process: no Graphviz needed. Every
// edge of the drawing is in the SVG; when the clustered layout loses one,
// the graph is drawn again without clusters, with a note to o.Notes.
func WriteSVG(w io.Writer, g *Graph, o Options) error {
	d := newDrawing(g, o)
	out, err := renderSVG(d, o)
	if err != nil {
		return err
	}
	_, err = w.Write(out.data)
	return err
}

// aspect is the width-to-height ratio a drawing should come close to: a
// screen's, or a page's width.
const aspect = 1.5

// lay lays out the drawing in the direction that gives a shape closer to
// aspect: left to right suits long chains, top to bottom wide fan-outs.
func lay(d *drawing, clustered bool) layout.Result {
	in := d.input(clustered)
	var tb layout.Result
	done := make(chan struct{})
	go func() { // the two layouts share nothing
		defer close(done)
		in := in
		in.LeftToRight = false
		tb = layoutFunc(in)
	}()
	lr := layoutFunc(in)
	<-done
	off := func(r layout.Result) float64 {
		if r.Width <= 0 || r.Height <= 0 {
			return math.Inf(1)
		}
		return math.Abs(math.Log(r.Width / r.Height / aspect))
	}
	if off(tb) < off(lr) {
		return tb
	}
	return lr
}

// renderSVG lays out and draws d, falling back to a layout without
// clusters when the clustered one loses edges.
func renderSVG(d *drawing, o Options) (svgOut, error) {
	clustered := len(d.clusters) > 0
	out := drawSVG(d, lay(d, clustered), clustered)
	if out.edges == len(d.edges) {
		return out, nil
	}
	if clustered {
		if o.Notes != nil {
			fmt.Fprintf(o.Notes, "boundcheck: the clustered layout drew %d of %d edges; drawing the graph without clusters\n", out.edges, len(d.edges))
		}
		out = drawSVG(d, lay(d, false), false)
		if out.edges == len(d.edges) {
			return out, nil
		}
	}
	return svgOut{}, fmt.Errorf("drawing the graph: the layout drew %d of %d edges", out.edges, len(d.edges))
}
