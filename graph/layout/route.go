package layout

import (
	"cmp"
	"math"
	"slices"
)

// result routes the edges, draws the cluster boxes, turns the drawing for
// LeftToRight and moves it to the origin.
func (g *graph) result() Result {
	res := Result{
		Nodes:    make([]Point, len(g.in.Nodes)),
		Edges:    g.routes(),
		Clusters: g.clusterBoxes(),
	}
	for v := range res.Nodes {
		res.Nodes[v] = Point{g.nodes[v].x, g.nodes[v].y}
	}
	turn := func(p *Point) {
		if g.in.LeftToRight {
			p.X, p.Y = p.Y, p.X
		}
	}
	for i := range res.Nodes {
		turn(&res.Nodes[i])
	}
	for i := range res.Edges {
		for j := range res.Edges[i].Points {
			turn(&res.Edges[i].Points[j])
		}
		turn(&res.Edges[i].Label)
	}
	for i, r := range res.Clusters {
		if g.in.LeftToRight && r != (Rect{}) {
			res.Clusters[i] = Rect{r.Y, r.X, r.H, r.W}
		}
	}
	g.fit(&res)
	return res
}

// fit moves the drawing so that everything in it lies at least margin from
// the origin, and sets its size.
func (g *graph) fit(res *Result) {
	box := bbox{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
	for v, p := range res.Nodes {
		hw, hh := g.boxes[v].X, g.boxes[v].Y
		if g.in.LeftToRight {
			hw, hh = hh, hw
		}
		box.add(p.X-hw, p.Y-hh)
		box.add(p.X+hw, p.Y+hh)
	}
	for i, p := range res.Edges {
		for _, q := range p.Points {
			box.add(q.X, q.Y)
		}
		if e := g.in.Edges[i]; hasLabel(e) && len(p.Points) > 0 {
			w, h := e.LabelW, e.LabelH
			if g.in.LeftToRight {
				w, h = h, w
			}
			box.add(p.Label.X-w/2, p.Label.Y-h/2)
			box.add(p.Label.X+w/2, p.Label.Y+h/2)
		}
	}
	for _, r := range res.Clusters {
		if r != (Rect{}) {
			box.add(r.X, r.Y)
			box.add(r.X+r.W, r.Y+r.H)
		}
	}
	if box.x0 > box.x1 { // nothing drawn
		box = bbox{}
	}
	dx, dy := margin-box.x0, margin-box.y0
	move := func(p *Point) { p.X += dx; p.Y += dy }
	for i := range res.Nodes {
		move(&res.Nodes[i])
	}
	for i := range res.Edges {
		for j := range res.Edges[i].Points {
			move(&res.Edges[i].Points[j])
		}
		if len(res.Edges[i].Points) > 0 {
			move(&res.Edges[i].Label)
		}
	}
	for i, r := range res.Clusters {
		if r != (Rect{}) {
			res.Clusters[i].X += dx
			res.Clusters[i].Y += dy
		}
	}
	res.Width = box.x1 - box.x0 + 2*margin
	res.Height = box.y1 - box.y0 + 2*margin
}

// A bbox is a bounding box being grown.
type bbox struct{ x0, y0, x1, y1 float64 }

// add grows b to hold (x, y).
func (b *bbox) add(x, y float64) {
	b.x0, b.y0 = math.Min(b.x0, x), math.Min(b.y0, y)
	b.x1, b.y1 = math.Max(b.x1, x), math.Max(b.y1, y)
}

// clusterBoxes returns the box of each cluster, in the internal frame: its
// column's band, and the ranks of its nodes, with room for the label.
func (g *graph) clusterBoxes() []Rect {
	rects := make([]Rect, len(g.in.Clusters))
	top, bottom := make([]float64, len(rects)), make([]float64, len(rects))
	for c := range rects {
		top[c], bottom[c] = math.Inf(1), math.Inf(-1)
	}
	for _, nd := range g.nodes {
		if c := nd.cluster; c >= 0 {
			top[c] = math.Min(top[c], nd.y-nd.h/2)
			bottom[c] = math.Max(bottom[c], nd.y+nd.h/2)
		}
	}
	for c, cl := range g.in.Clusters {
		k := g.corder[c]
		if k < 0 {
			continue
		}
		col := 2*k + 1
		lo, hi := math.Inf(1), math.Inf(-1)
		for _, s := range g.cols.spans[col] {
			lo, hi = math.Min(lo, s.lo), math.Max(hi, s.hi)
		}
		x0, x1 := lo-g.cols.padL[col], hi+g.cols.padR[col]
		y0, y1 := top[c]-clusterPad, bottom[c]+clusterPad
		if g.in.LeftToRight {
			// The label is on the left in this frame, already in padL; the
			// box must be as long as the label along the ranks.
			if short := cl.LabelH - (y1 - y0); short > 0 {
				y0, y1 = y0-short/2, y1+short/2
			}
		} else {
			y0 -= cl.LabelH
		}
		rects[c] = Rect{x0, y0, x1 - x0, y1 - y0}
	}
	return rects
}

// routes returns the path of every edge, in the internal frame.
func (g *graph) routes() []Path {
	paths := make([]Path, len(g.in.Edges))
	starts, ends := g.ports()
	for i, e := range g.in.Edges {
		switch {
		case !g.drawable(i):
			continue
		case e.From == e.To:
			paths[i] = g.loop(i)
		default:
			paths[i] = g.route(g.chains[i], starts[i], ends[i])
			if g.reversed[i] {
				slices.Reverse(paths[i].Points)
			}
		}
		if !hasLabel(e) {
			paths[i].Label = middle(paths[i].Points)
		}
	}
	return paths
}

// middle returns the point halfway along a spline's segments.
func middle(ps []Point) Point {
	n := (len(ps) - 1) / 3 // segments
	if n%2 == 0 {
		return ps[3*n/2]
	}
	p := ps[3*(n/2):]
	return Point{
		(p[0].X + 3*p[1].X + 3*p[2].X + p[3].X) / 8,
		(p[0].Y + 3*p[1].Y + 3*p[2].Y + p[3].Y) / 8,
	}
}

// passX is where an edge passes node v of its chain across the ranks: a
// label's dummy on its left side, so that the label sits right of the edge.
func (g *graph) passX(v int) float64 {
	if nd := g.nodes[v]; nd.kind == labelNode {
		return nd.x - nd.w/2
	}
	return g.nodes[v].x
}

// ports spreads the ends of the edges that leave a node's bottom side, and
// of those that reach its top side, along that side in the order of where
// they go or come from, so that arrowheads do not pile up on one point.
// It returns each edge's start and end x; NaN where the node has only
// the one edge on that side.
func (g *graph) ports() (starts, ends []float64) {
	type end struct {
		edge int
		dir  float64 // x of the next node along the edge
	}
	out := make(map[int][]end)
	in := make(map[int][]end)
	starts, ends = make([]float64, len(g.in.Edges)), make([]float64, len(g.in.Edges))
	for i, e := range g.in.Edges {
		starts[i], ends[i] = math.NaN(), math.NaN()
		if !g.drawable(i) || e.From == e.To {
			continue
		}
		c := g.chains[i]
		out[c[0]] = append(out[c[0]], end{i, g.passX(c[1])})
		in[c[len(c)-1]] = append(in[c[len(c)-1]], end{i, g.passX(c[len(c)-2])})
	}
	spread := func(groups map[int][]end, xs []float64) {
		for v, es := range groups {
			if len(es) < 2 {
				continue
			}
			slices.SortFunc(es, func(a, b end) int { return cmp.Or(cmp.Compare(a.dir, b.dir), cmp.Compare(a.edge, b.edge)) })
			width := math.Min(2*g.boxes[v].X*0.7, float64(len(es)-1)*portSep)
			for k, e := range es {
				xs[e.edge] = g.nodes[v].x - width/2 + width*float64(k)/float64(len(es)-1)
			}
		}
	}
	spread(out, starts)
	spread(in, ends)
	return starts, ends
}

// route returns the spline through a chain of nodes, from the bottom of the
// first node's box to the top of the last one's, with vertical tangents at
// every bend, as dot draws them, starting and ending at the x ports gives
// it (NaN: where the line from the centre leaves the box). Parallel edges
// need no offset of their own: they share both ends' sides, so ports
// always spreads them.
func (g *graph) route(chain []int, start, end float64) Path {
	var p Path
	pts := make([]Point, len(chain))
	for j, v := range chain {
		pts[j] = Point{g.passX(v), g.nodes[v].y}
		if nd := g.nodes[v]; nd.kind == labelNode {
			p.Label = Point{nd.x + labelGap/2, nd.y}
		}
	}
	first, last := chain[0], chain[len(chain)-1]
	pts[0] = g.border(first, pts[1], true)
	pts[len(pts)-1] = g.border(last, pts[len(pts)-2], false)
	ca0, cbN := g.nodes[first].x, g.nodes[last].x
	if !math.IsNaN(start) {
		pts[0].X, ca0 = start, start
	}
	if !math.IsNaN(end) {
		pts[len(pts)-1].X, cbN = end, end
	}
	p.Points = append(p.Points, pts[0])
	for j := 1; j < len(pts); j++ {
		a, b := pts[j-1], pts[j]
		dy := (b.Y - a.Y) / 2
		ca, cb := Point{a.X, a.Y + dy}, Point{b.X, b.Y - dy}
		if len(pts) == 2 {
			ca.X, cb.X = ca0, cbN
		}
		p.Points = append(p.Points, ca, cb, b)
	}
	return p
}

// border returns where the line from real node v's centre towards q leaves
// its box: on the bottom side when bottom is set, else on the top side.
func (g *graph) border(v int, q Point, bottom bool) Point {
	c := Point{g.nodes[v].x, g.nodes[v].y}
	hw, hh := g.boxes[v].X, g.boxes[v].Y
	y := c.Y - hh
	if bottom {
		y = c.Y + hh
	}
	x := c.X
	if dy := q.Y - c.Y; dy != 0 {
		x += (q.X - c.X) * (y - c.Y) / dy
	}
	lo, hi := g.nodes[v].x-hw, g.nodes[v].x+hw
	return Point{math.Min(math.Max(x, lo), hi), y}
}

// loop returns the path of self-loop edge i: nested loops on the right side
// of its node, labels stacked right of the outermost.
func (g *graph) loop(i int) Path {
	v := g.in.Edges[i].From
	nd := g.nodes[v]
	hw, hh := g.boxes[v].X, g.boxes[v].Y
	loops := g.loops[v]
	j := slices.Index(loops, i)
	labelsH, above := 0.0, 0.0 // height of all labels, and of this one and those above it
	for k, e := range loops {
		labelsH += g.in.Edges[e].LabelH
		if k <= j {
			above += g.in.Edges[e].LabelH
		}
	}
	s := loopStep * float64(j+1)
	right := nd.x + hw
	a := hh / 2
	e := g.in.Edges[i]
	outer := right + 0.75*loopStep*float64(len(loops))
	return Path{
		Points: []Point{
			{right, nd.y - a},
			{right + s, nd.y - a - 0.6*s},
			{right + s, nd.y + a + 0.6*s},
			{right, nd.y + a},
		},
		Label: Point{outer + labelGap + e.LabelW/2, nd.y - labelsH/2 + above - e.LabelH/2},
	}
}
