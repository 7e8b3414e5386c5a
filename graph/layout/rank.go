package layout

import (
	"math"
	"slices"
)

// A rankEdge is an edge as ranking sees it: from must end at least minlen
// ranks above to.
type rankEdge struct {
	from, to, minlen int
}

// rank breaks cycles and gives every real node a rank: longest-path layering,
// then single nodes moved to shorten their edges.
func (g *graph) rank() {
	n := len(g.in.Nodes)
	g.reversed = g.breakCycles()
	var es []rankEdge
	for i, e := range g.in.Edges {
		u, v, ok := g.ranked(i)
		if !ok {
			continue
		}
		minlen := 1
		if hasLabel(e) {
			minlen = 2 // the label gets a rank of its own, as in dot
		}
		es = append(es, rankEdge{u, v, minlen})
	}
	ins, outs := make([][]int, n), make([][]int, n)
	for i, e := range es {
		outs[e.from] = append(outs[e.from], i)
		ins[e.to] = append(ins[e.to], i)
	}
	ranks := longestPath(es, ins, outs)
	balance(ranks, es, ins, outs)
	low := math.MaxInt
	for _, r := range ranks {
		low = min(low, r)
	}
	for v, r := range ranks {
		g.nodes[v].rank = r - low
	}
}

// breakCycles returns, for each edge, whether to reverse it so that the
// graph has no cycles. It puts the nodes in a line with the greedy heuristic
// of Eades, Lin and Smyth, and reverses the edges that point back along it.
// Unlike a depth-first search, which in a graph full of cycles follows a
// path through nearly every node and so makes it nearly as many ranks deep,
// the line keeps sources early and sinks late, and reverses few edges.
func (g *graph) breakCycles() []bool {
	place := g.feedbackOrder()
	rev := make([]bool, len(g.in.Edges))
	for i, e := range g.in.Edges {
		if g.drawable(i) && e.From != e.To {
			rev[i] = place[e.From] > place[e.To]
		}
	}
	return rev
}

// feedbackOrder returns each real node's place in a line with few edges
// pointing back along it: repeatedly take every sink to the end of the line
// and every source to its start, and when neither is left, the node with the
// most outgoing edges beyond incoming ones (the lowest index on a tie) to its
// start.
func (g *graph) feedbackOrder() []int {
	n := len(g.in.Nodes)
	ins, outs := make([][]int, n), make([][]int, n)
	indeg, outdeg := make([]int, n), make([]int, n)
	for i, e := range g.in.Edges {
		if g.drawable(i) && e.From != e.To {
			outs[e.From] = append(outs[e.From], e.To)
			ins[e.To] = append(ins[e.To], e.From)
			outdeg[e.From]++
			indeg[e.To]++
		}
	}
	done := make([]bool, n)
	place := make([]int, n)
	head, tail := 0, n-1 // next places at the start and at the end
	var sinks, sources []int
	h := &deltaHeap{}
	for v := range n {
		switch {
		case outdeg[v] == 0:
			sinks = append(sinks, v)
		case indeg[v] == 0:
			sources = append(sources, v)
		default:
			h.push(outdeg[v]-indeg[v], v)
		}
	}
	remove := func(v int) {
		done[v] = true
		for _, w := range outs[v] {
			if done[w] {
				continue
			}
			if indeg[w]--; indeg[w] == 0 && outdeg[w] > 0 {
				sources = append(sources, w)
			} else if outdeg[w] > 0 {
				h.push(outdeg[w]-indeg[w], w)
			}
		}
		for _, u := range ins[v] {
			if done[u] {
				continue
			}
			if outdeg[u]--; outdeg[u] == 0 {
				sinks = append(sinks, u)
			} else if indeg[u] > 0 {
				h.push(outdeg[u]-indeg[u], u)
			}
		}
	}
	for head <= tail {
		switch {
		case len(sinks) > 0:
			v := sinks[0]
			sinks = sinks[1:]
			if !done[v] {
				place[v], tail = tail, tail-1
				remove(v)
			}
		case len(sources) > 0:
			v := sources[0]
			sources = sources[1:]
			if !done[v] {
				place[v], head = head, head+1
				remove(v)
			}
		default:
			d, v := h.pop()
			if !done[v] && outdeg[v] > 0 && indeg[v] > 0 && d == outdeg[v]-indeg[v] {
				place[v], head = head, head+1
				remove(v)
			}
		}
	}
	return place
}

// A deltaHeap is a max-heap of nodes by their outgoing minus incoming edges,
// the lowest index first on a tie. Entries go stale as the counts change;
// the caller skips them.
type deltaHeap struct{ d, v []int }

// above reports whether entry i belongs above entry j.
func (h *deltaHeap) above(i, j int) bool {
	return h.d[i] > h.d[j] || h.d[i] == h.d[j] && h.v[i] < h.v[j]
}

func (h *deltaHeap) swap(i, j int) {
	h.d[i], h.d[j] = h.d[j], h.d[i]
	h.v[i], h.v[j] = h.v[j], h.v[i]
}

// push adds node v with difference d.
func (h *deltaHeap) push(d, v int) {
	h.d, h.v = append(h.d, d), append(h.v, v)
	for i := len(h.d) - 1; i > 0; {
		p := (i - 1) / 2
		if !h.above(i, p) {
			break
		}
		h.swap(i, p)
		i = p
	}
}

// pop removes and returns the top entry; the heap must not be empty.
func (h *deltaHeap) pop() (d, v int) {
	d, v = h.d[0], h.v[0]
	last := len(h.d) - 1
	h.swap(0, last)
	h.d, h.v = h.d[:last], h.v[:last]
	for i := 0; ; {
		l, r, top := 2*i+1, 2*i+2, i
		if l < last && h.above(l, top) {
			top = l
		}
		if r < last && h.above(r, top) {
			top = r
		}
		if top == i {
			break
		}
		h.swap(i, top)
		i = top
	}
	return d, v
}

// longestPath ranks the nodes of the acyclic graph es so that every edge is
// at least minlen long and every source is on rank 0.
func longestPath(es []rankEdge, ins, outs [][]int) []int {
	n := len(ins)
	ranks := make([]int, n)
	indeg := make([]int, n)
	queue := make([]int, 0, n)
	for v := range n {
		indeg[v] = len(ins[v])
		if indeg[v] == 0 {
			queue = append(queue, v)
		}
	}
	for i := 0; i < len(queue); i++ {
		u := queue[i]
		for _, e := range outs[u] {
			v := es[e].to
			ranks[v] = max(ranks[v], ranks[u]+es[e].minlen)
			if indeg[v]--; indeg[v] == 0 {
				queue = append(queue, v)
			}
		}
	}
	return ranks
}

// balance shortens edges by moving each node that has more edges on one side
// than on the other as far towards that side as its edges allow, until no
// node moves. It is the simplest form of dot's network simplex: it moves
// single nodes, not whole subtrees.
func balance(ranks []int, es []rankEdge, ins, outs [][]int) {
	for range 64 {
		moved := false
		for v := range ranks {
			in, out := len(ins[v]), len(outs[v])
			if in == out {
				continue
			}
			r := math.MinInt
			if out > in {
				r = math.MaxInt
				for _, e := range outs[v] {
					r = min(r, ranks[es[e].to]-es[e].minlen)
				}
			} else {
				for _, e := range ins[v] {
					r = max(r, ranks[es[e].from]+es[e].minlen)
				}
			}
			if r != ranks[v] {
				ranks[v] = r
				moved = true
			}
		}
		if !moved {
			return
		}
	}
}

// hasLabel reports whether e has a label.
func hasLabel(e Edge) bool { return e.LabelW > 0 || e.LabelH > 0 }

// addDummies puts a dummy node on every rank a ranked edge passes, the middle
// one holding its label, and builds the layers.
func (g *graph) addDummies() {
	g.chains = make([][]int, len(g.in.Edges))
	nseg := 0
	for i, e := range g.in.Edges {
		if g.drawable(i) && e.From != e.To {
			nseg += max(g.nodes[e.To].rank-g.nodes[e.From].rank, g.nodes[e.From].rank-g.nodes[e.To].rank)
		}
	}
	g.nodes = slices.Grow(g.nodes, nseg)
	g.segs = make([]seg, 0, nseg)
	chainBuf := make([]int, 0, nseg+len(g.in.Edges))
	for i, e := range g.in.Edges {
		u, v, ok := g.ranked(i)
		if !ok {
			continue
		}
		ru, rv := g.nodes[u].rank, g.nodes[v].rank
		cl := -1
		if g.nodes[u].cluster == g.nodes[v].cluster {
			cl = g.nodes[u].cluster
		}
		mid := -1
		if hasLabel(e) {
			mid = ru + (rv-ru)/2
		}
		chain := append(chainBuf[len(chainBuf):], u)
		for r := ru + 1; r < rv; r++ {
			d := vnode{rank: r, cluster: cl, kind: dummyNode}
			if r == mid {
				d.kind, d.w, d.h = labelNode, e.LabelW+labelGap, e.LabelH
			}
			g.nodes = append(g.nodes, d)
			chain = append(chain, len(g.nodes)-1)
		}
		chain = append(chain, v)
		g.chains[i] = chain[:len(chain):len(chain)]
		chainBuf = chainBuf[:len(chainBuf)+len(chain)]
		for j := 1; j < len(chain); j++ {
			g.segs = append(g.segs, seg{chain[j-1], chain[j], g.segWeight(chain[j-1], chain[j])})
		}
	}

	g.linkSegs()
	nranks := 0
	for _, nd := range g.nodes {
		nranks = max(nranks, nd.rank+1)
	}
	g.layers = make([][]int, nranks)
	g.pos = make([]int, len(g.nodes))
	g.key = make([]int, len(g.nodes))
}

// segWeight is dot's ω: segs between dummies pull hardest, so that long
// edges run straight.
func (g *graph) segWeight(u, v int) float64 {
	switch du, dv := g.nodes[u].kind != realNode, g.nodes[v].kind != realNode; {
	case du && dv:
		return 8
	case du || dv:
		return 2
	}
	return 1
}

// linkSegs fills up and down, and above and below, each in one block of
// memory, the segs of each node in index order.
func (g *graph) linkSegs() {
	n := len(g.nodes)
	nup, ndown := make([]int, n), make([]int, n)
	for _, s := range g.segs {
		ndown[s.from]++
		nup[s.to]++
	}
	g.up, g.down = make([][]int, n), make([][]int, n)
	g.above, g.below = make([][]int, n), make([][]int, n)
	segBuf, nodeBuf := make([]int, 2*len(g.segs)), make([]int, 2*len(g.segs))
	at := 0
	for v := range n {
		g.up[v], g.above[v] = segBuf[at:at:at+nup[v]], nodeBuf[at:at:at+nup[v]]
		at += nup[v]
		g.down[v], g.below[v] = segBuf[at:at:at+ndown[v]], nodeBuf[at:at:at+ndown[v]]
		at += ndown[v]
	}
	for i, s := range g.segs {
		g.down[s.from] = append(g.down[s.from], i)
		g.below[s.from] = append(g.below[s.from], s.to)
		g.up[s.to] = append(g.up[s.to], i)
		g.above[s.to] = append(g.above[s.to], s.from)
	}
}

// ranked returns the ends of edge i as ranking sees them, the tail first
// (swapped when the edge was reversed to break a cycle), and false for an
// edge that takes no part: a self-loop or one whose ends are out of range.
func (g *graph) ranked(i int) (u, v int, ok bool) {
	e := g.in.Edges[i]
	if !g.drawable(i) || e.From == e.To {
		return 0, 0, false
	}
	if g.reversed[i] {
		return e.To, e.From, true
	}
	return e.From, e.To, true
}
