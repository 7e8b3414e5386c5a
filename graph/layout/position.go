package layout

import (
	"cmp"
	"math"
	"slices"
)

// refinePasses is how many times position pulls every rank into line with
// its neighbours.
const refinePasses = 8

// A span is the extent of one column's constrained boxes on one rank, or of
// its cluster's label.
type span struct {
	lo, hi float64
	rank   int // -1 for a cluster label
}

// columns holds the band constraints of the x coordinates. Column c is the
// gap before the (c/2)th cluster when c is even, that cluster when c is odd;
// every rank is sorted by column. Every constrained node must keep clear of
// the boxes of the constrained nodes of every other column, on all ranks, so
// that each cluster becomes a band that no other real node enters.
type columns struct {
	n          int
	padL, padR []float64 // room kept inside a column's box, left and right of its nodes
	phW        []float64 // width of the stand-in that keeps a cluster as wide as its label
	gap        float64   // between columns' boxes
	spans      [][]span  // per column
	spanOf     []int     // per node: its index in spans[column], -1 if unconstrained
}

// position gives every node its coordinates: y by rank; x by packing the
// ranks from the left and from the right, averaging, then pulling each rank
// towards the medians of its neighbours without breaking order, separation
// or bands.
func (g *graph) position() {
	g.placeRanks()
	cols := g.newColumns()
	lx, lph := g.pack(cols, false)
	rx, rph := g.pack(cols, true)
	shift := g.leftEdge(lx, lph, cols) - g.leftEdge(rx, rph, cols)
	for v := range g.nodes {
		g.nodes[v].x = (lx[v] + rx[v] + shift) / 2
	}
	for c := range cols.n {
		if cols.phW[c] > 0 {
			mid := (lph[c] + rph[c] + shift) / 2
			cols.spans[c][0] = span{mid - cols.phW[c]/2, mid + cols.phW[c]/2, -1}
		}
	}
	g.fillSpans(cols)
	for i := range refinePasses {
		for j := range g.layers {
			r := j
			if i%2 == 1 {
				r = len(g.layers) - 1 - j
			}
			g.refine(cols, r)
		}
		g.placeLabels(cols)
	}
	g.cols = cols
}

// placeRanks sets y: each rank is as tall as its tallest node.
func (g *graph) placeRanks() {
	y := 0.0
	for r, layer := range g.layers {
		h := 0.0
		for _, v := range layer {
			h = math.Max(h, g.nodes[v].h)
		}
		if r > 0 {
			y += g.rankSep
		}
		y += h / 2
		for _, v := range layer {
			g.nodes[v].y = y
		}
		y += h / 2
	}
}

// constrained reports whether node v takes part in the band constraints:
// real nodes and the dummies of edges inside a cluster do; the dummies and
// labels of other edges may cross the band of a cluster that has no node on
// their rank.
func (g *graph) constrained(v int) bool {
	return g.nodes[v].kind == realNode || g.nodes[v].cluster >= 0
}

// newColumns sets up the band constraints for the current ordering.
func (g *graph) newColumns() *columns {
	n := 2*g.ncl + 1
	cols := &columns{
		n:      n,
		padL:   make([]float64, n),
		padR:   make([]float64, n),
		phW:    make([]float64, n),
		gap:    g.nodeSep / 2,
		spans:  make([][]span, n),
		spanOf: make([]int, len(g.nodes)),
	}
	for c, cl := range g.in.Clusters {
		k := g.corder[c]
		if k < 0 {
			continue
		}
		col := 2*k + 1
		cols.padL[col], cols.padR[col] = clusterPad, clusterPad
		if g.in.LeftToRight {
			cols.padL[col] += cl.LabelW // the label's height, in this frame
		} else if cl.LabelW > 0 {
			cols.phW[col] = cl.LabelW
			cols.spans[col] = append(cols.spans[col], span{rank: -1})
		}
	}
	for r, layer := range g.layers {
		for _, v := range layer {
			cols.spanOf[v] = -1
			if !g.constrained(v) {
				continue
			}
			c := g.key[v]
			sp := cols.spans[c]
			if len(sp) == 0 || sp[len(sp)-1].rank != r {
				cols.spans[c] = append(sp, span{rank: r})
			}
			cols.spanOf[v] = len(cols.spans[c]) - 1
		}
	}
	return cols
}

// sep is the least distance between the centres of neighbours u and v, u on
// the left.
func (g *graph) sep(cols *columns, u, v int) float64 {
	gap := g.nodeSep
	if g.nodes[u].kind == dummyNode && g.nodes[v].kind == dummyNode {
		gap /= 2
	}
	if cu, cv := g.key[u], g.key[v]; cu != cv {
		gap = math.Max(gap, cols.padR[cu]+cols.gap+cols.padL[cv])
	}
	return (g.nodes[u].w+g.nodes[v].w)/2 + gap
}

// pack places every node as far left as the constraints allow, or as far
// right when mirror is set, and returns the x of the nodes and of the
// cluster label stand-ins. It visits columns in order, and within a column
// ranks in order, so every node comes after all it must keep clear of.
func (g *graph) pack(cols *columns, mirror bool) (xs, ph []float64) {
	xs = make([]float64, len(g.nodes))
	ph = make([]float64, cols.n)
	byCol := make([][]int, cols.n)
	for _, layer := range g.layers {
		for i := range layer {
			v := layer[i]
			if mirror {
				v = layer[len(layer)-1-i]
			}
			byCol[g.key[v]] = append(byCol[g.key[v]], v)
		}
	}
	// In the mirror, x grows leftwards and the pads swap sides.
	reach := math.Inf(-1) // far edge of the columns placed so far, with their pads
	for i := range cols.n {
		c, before, after := i, cols.padL[i], cols.padR[i]
		if mirror {
			c = cols.n - 1 - i
			before, after = cols.padR[c], cols.padL[c]
		}
		bound := reach + cols.gap + before
		far := math.Inf(-1)
		if w := cols.phW[c]; w > 0 {
			ph[c] = math.Max(w/2, bound+w/2)
			far = ph[c] + w/2
		}
		for _, v := range byCol[c] {
			nd := g.nodes[v]
			x := nd.w / 2
			if p, ok := g.neighbour(v, mirror); ok {
				s := g.sep(cols, v, p)
				if !mirror {
					s = g.sep(cols, p, v)
				}
				x = math.Max(x, xs[p]+s)
			}
			if g.constrained(v) {
				x = math.Max(x, bound+nd.w/2)
				far = math.Max(far, x+nd.w/2)
			}
			xs[v] = x
		}
		reach = math.Max(reach, far+after)
	}
	if mirror {
		for v := range xs {
			xs[v] = -xs[v]
		}
		for c := range ph {
			ph[c] = -ph[c]
		}
	}
	return xs, ph
}

// neighbour returns the node left of v in its rank, or right of it.
func (g *graph) neighbour(v int, right bool) (int, bool) {
	i := g.pos[v] - 1
	if right {
		i = g.pos[v] + 1
	}
	layer := g.layers[g.nodes[v].rank]
	if i < 0 || i >= len(layer) {
		return 0, false
	}
	return layer[i], true
}

// leftEdge returns the leftmost box edge of a placement.
func (g *graph) leftEdge(xs, ph []float64, cols *columns) float64 {
	e := 0.0
	for v, x := range xs {
		e = math.Min(e, x-g.nodes[v].w/2)
	}
	for c, x := range ph {
		if cols.phW[c] > 0 {
			e = math.Min(e, x-cols.phW[c]/2)
		}
	}
	return e
}

// fillSpans recomputes the spans of every rank from the nodes' x.
func (g *graph) fillSpans(cols *columns) {
	for r := range g.layers {
		g.fillRankSpans(cols, r)
	}
}

// fillRankSpans recomputes the spans of rank r from its nodes' x.
func (g *graph) fillRankSpans(cols *columns, r int) {
	for _, v := range g.layers[r] {
		if cols.spanOf[v] >= 0 {
			cols.spans[g.key[v]][cols.spanOf[v]] = span{math.Inf(1), math.Inf(-1), r}
		}
	}
	for _, v := range g.layers[r] {
		if i := cols.spanOf[v]; i >= 0 {
			sp := &cols.spans[g.key[v]][i]
			nd := g.nodes[v]
			sp.lo = math.Min(sp.lo, nd.x-nd.w/2)
			sp.hi = math.Max(sp.hi, nd.x+nd.w/2)
		}
	}
}

// bounds returns, for each column, the interval its constrained boxes must
// stay in so as to keep clear of the other columns, leaving out rank skip.
func (g *graph) bounds(cols *columns, skip int) (lo, hi []float64) {
	lo, hi = make([]float64, cols.n), make([]float64, cols.n)
	reach := math.Inf(-1)
	for c := range cols.n {
		lo[c] = reach + cols.gap + cols.padL[c]
		for _, s := range cols.spans[c] {
			if s.rank != skip {
				reach = math.Max(reach, s.hi+cols.padR[c])
			}
		}
	}
	reach = math.Inf(1)
	for c := cols.n - 1; c >= 0; c-- {
		hi[c] = reach - cols.gap - cols.padR[c]
		for _, s := range cols.spans[c] {
			if s.rank != skip {
				reach = math.Min(reach, s.lo-cols.padL[c])
			}
		}
	}
	return lo, hi
}

// refine moves the nodes of rank r as close as it can to the weighted
// medians of their neighbours, in the least-squares sense, keeping their
// order, separation and bands. With the separations taken out, this is
// isotonic regression, solved by pool-adjacent-violators; the bounds are
// made monotone first, so clamping its result to them keeps it feasible.
func (g *graph) refine(cols *columns, r int) {
	layer := g.layers[r]
	n := len(layer)
	if n == 0 {
		return
	}
	blo, bhi := g.bounds(cols, r)
	target, weight := make([]float64, n), make([]float64, n)
	lo, hi := make([]float64, n), make([]float64, n)
	shift := 0.0 // sum of separations left of the node
	var buf []weighted
	for i, v := range layer {
		if i > 0 {
			shift += g.sep(cols, layer[i-1], v)
		}
		var t, w float64
		t, w, buf = g.pull(v, buf[:0])
		target[i], weight[i] = t-shift, w
		lo[i], hi[i] = math.Inf(-1), math.Inf(1)
		if g.constrained(v) {
			half := g.nodes[v].w / 2
			lo[i], hi[i] = blo[g.key[v]]+half-shift, bhi[g.key[v]]-half-shift
		}
	}
	for i := 1; i < n; i++ {
		lo[i] = math.Max(lo[i], lo[i-1])
	}
	for i := n - 2; i >= 0; i-- {
		hi[i] = math.Min(hi[i], hi[i+1])
	}
	for i := range n {
		if lo[i] > hi[i]+1e-6 {
			return // cannot happen from a feasible start, but keep what we have
		}
	}
	fit := isotonic(target, weight)
	shift = 0
	for i, v := range layer {
		if i > 0 {
			shift += g.sep(cols, layer[i-1], v)
		}
		g.nodes[v].x = math.Min(math.Max(fit[i], lo[i]), hi[i]) + shift
	}
	g.fillRankSpans(cols, r)
}

// A weighted is a neighbour's x and the weight of the seg to it.
type weighted struct{ x, w float64 }

// pull returns where v's segs pull it: the weighted median of its
// neighbours' x, and the total weight; a node without neighbours stays put.
// buf is scratch space, returned for reuse.
func (g *graph) pull(v int, buf []weighted) (float64, float64, []weighted) {
	for _, s := range g.up[v] {
		buf = append(buf, weighted{g.nodes[g.segs[s].from].x, g.segs[s].weight})
	}
	for _, s := range g.down[v] {
		buf = append(buf, weighted{g.nodes[g.segs[s].to].x, g.segs[s].weight})
	}
	if len(buf) == 0 {
		return g.nodes[v].x, 1e-3, buf
	}
	slices.SortFunc(buf, func(a, b weighted) int { return cmp.Compare(a.x, b.x) })
	total := 0.0
	for _, b := range buf {
		total += b.w
	}
	acc := 0.0
	for i, b := range buf {
		acc += b.w
		switch {
		case acc > total/2+1e-9:
			return b.x, total, buf
		case acc > total/2-1e-9 && i+1 < len(buf):
			return (b.x + buf[i+1].x) / 2, total, buf
		}
	}
	return buf[len(buf)-1].x, total, buf
}

// isotonic returns the non-decreasing sequence closest to t in weighted
// least squares, by pool-adjacent-violators.
func isotonic(t, w []float64) []float64 {
	type block struct {
		sw, swt float64
		n       int
	}
	var st []block
	for i := range t {
		st = append(st, block{w[i], w[i] * t[i], 1})
		for len(st) > 1 {
			a, b := st[len(st)-2], st[len(st)-1]
			if a.swt/a.sw < b.swt/b.sw {
				break
			}
			st = st[:len(st)-1]
			st[len(st)-1] = block{a.sw + b.sw, a.swt + b.swt, a.n + b.n}
		}
	}
	out := make([]float64, 0, len(t))
	for _, b := range st {
		for range b.n {
			out = append(out, b.swt/b.sw)
		}
	}
	return out
}

// placeLabels centres each cluster's label stand-in over the cluster's
// nodes, within its bounds.
func (g *graph) placeLabels(cols *columns) {
	blo, bhi := g.bounds(cols, -2)
	for c := range cols.n {
		w := cols.phW[c]
		if w == 0 {
			continue
		}
		lo, hi := math.Inf(1), math.Inf(-1)
		for _, s := range cols.spans[c][1:] {
			lo, hi = math.Min(lo, s.lo), math.Max(hi, s.hi)
		}
		if lo > hi {
			continue
		}
		mid := (lo + hi) / 2
		mid = math.Min(math.Max(mid, blo[c]+w/2), bhi[c]-w/2)
		cols.spans[c][0] = span{mid - w/2, mid + w/2, -1}
	}
}
