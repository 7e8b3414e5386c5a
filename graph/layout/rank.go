package layout

import "math"

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
		if !g.drawable(i) || e.From == e.To {
			continue
		}
		u, v := e.From, e.To
		if g.reversed[i] {
			u, v = v, u
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
// graph has no cycles: the back edges of a depth-first search from the nodes
// in index order, following edges in index order.
func (g *graph) breakCycles() []bool {
	n := len(g.in.Nodes)
	rev := make([]bool, len(g.in.Edges))
	outs := make([][]int, n)
	for i, e := range g.in.Edges {
		if g.drawable(i) && e.From != e.To {
			outs[e.From] = append(outs[e.From], i)
		}
	}
	const (
		unseen = iota
		onStack
		done
	)
	state := make([]uint8, n)
	type frame struct{ v, next int }
	var stack []frame
	for root := range n {
		if state[root] != unseen {
			continue
		}
		state[root] = onStack
		stack = append(stack[:0], frame{root, 0})
		for len(stack) > 0 {
			f := &stack[len(stack)-1]
			if f.next == len(outs[f.v]) {
				state[f.v] = done
				stack = stack[:len(stack)-1]
				continue
			}
			e := outs[f.v][f.next]
			f.next++
			switch w := g.in.Edges[e].To; state[w] {
			case onStack:
				rev[e] = true
			case unseen:
				state[w] = onStack
				stack = append(stack, frame{w, 0})
			}
		}
	}
	return rev
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
	for i, e := range g.in.Edges {
		if !g.drawable(i) || e.From == e.To {
			continue
		}
		u, v := e.From, e.To
		if g.reversed[i] {
			u, v = v, u
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
		chain := []int{u}
		for r := ru + 1; r < rv; r++ {
			d := vnode{rank: r, cluster: cl, kind: dummyNode}
			if r == mid {
				d.kind, d.w, d.h = labelNode, e.LabelW+labelGap, e.LabelH
			}
			g.nodes = append(g.nodes, d)
			chain = append(chain, len(g.nodes)-1)
		}
		chain = append(chain, v)
		g.chains[i] = chain
		for j := 1; j < len(chain); j++ {
			g.segs = append(g.segs, seg{chain[j-1], chain[j], g.segWeight(chain[j-1], chain[j])})
		}
	}

	g.up, g.down = make([][]int, len(g.nodes)), make([][]int, len(g.nodes))
	for i, s := range g.segs {
		g.down[s.from] = append(g.down[s.from], i)
		g.up[s.to] = append(g.up[s.to], i)
	}
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
