package layout

import (
	"cmp"
	"slices"
)

// Ordering makes at most maxOrderIter median sweeps, as dot does, and stops
// after maxStale sweeps in a row that find no better ordering.
const (
	maxOrderIter = 24
	maxStale     = 6
)

// An ordering is a saved state of the ordering phase.
type ordering struct {
	layers [][]int
	key    []int
	corder []int
}

// order orders every rank to reduce crossings, keeping each cluster
// contiguous and all clusters in one left-to-right order: an initial
// breadth-first order, then weighted-median sweeps alternately down and up,
// each followed by adjacent exchanges; the best ordering seen is kept.
func (g *graph) order() {
	g.initOrder()
	g.updateClusterOrder()
	g.crossInit = g.crossings()
	g.transpose(false)
	best, bestCross := g.save(), g.crossings()
	stale := 0 // iterations since the best
	for it := 0; it < maxOrderIter && bestCross > 0; it++ {
		g.sweep(it%2 == 0)
		g.updateClusterOrder()
		g.transpose(it%4 >= 2)
		if c := g.crossings(); c < bestCross {
			best, bestCross, stale = g.save(), c, 0
		} else if stale++; stale == maxStale {
			break
		}
	}
	g.restore(best)
	g.crossFinal = bestCross
}

// initOrder fills the layers breadth first from each real node in index
// order, so that connected nodes start out close.
func (g *graph) initOrder() {
	seen := make([]bool, len(g.nodes))
	var queue []int
	for root := range g.in.Nodes {
		if seen[root] {
			continue
		}
		seen[root] = true
		queue = append(queue[:0], root)
		for i := 0; i < len(queue); i++ {
			v := queue[i]
			r := g.nodes[v].rank
			g.pos[v] = len(g.layers[r])
			g.layers[r] = append(g.layers[r], v)
			for _, s := range g.up[v] {
				if u := g.segs[s].from; !seen[u] {
					seen[u] = true
					queue = append(queue, u)
				}
			}
			for _, s := range g.down[v] {
				if w := g.segs[s].to; !seen[w] {
					seen[w] = true
					queue = append(queue, w)
				}
			}
		}
	}
	g.corder = make([]int, len(g.in.Clusters))
	for c := range g.corder {
		g.corder[c] = c
	}
}

// sweep reorders each rank by the weighted medians of its neighbours on the
// rank before it, going down the ranks or up.
func (g *graph) sweep(down bool) {
	val := make([]float64, len(g.nodes))
	var buf []int
	for i := range g.layers {
		r, fixed := i, i-1
		if !down {
			r, fixed = len(g.layers)-1-i, len(g.layers)-i
		}
		if fixed < 0 || fixed >= len(g.layers) {
			continue
		}
		layer := g.layers[r]
		for j, v := range layer {
			buf = g.neighbourPos(buf[:0], v, down)
			if len(buf) == 0 {
				// No neighbours there: keep its place, on the other rank's scale.
				val[v] = float64(j) * float64(len(g.layers[fixed])) / float64(len(layer))
				continue
			}
			val[v] = median(buf)
		}
		g.arrange(r, val, float64(len(g.layers[fixed])))
	}
}

// neighbourPos appends to buf the sorted positions of v's neighbours on the
// rank above (up) or below.
func (g *graph) neighbourPos(buf []int, v int, up bool) []int {
	nb := g.below[v]
	if up {
		nb = g.above[v]
	}
	for _, w := range nb {
		buf = append(buf, g.pos[w])
	}
	if len(buf) > 1 {
		slices.Sort(buf)
	}
	return buf
}

// median is dot's weighted median of sorted positions: for an even count it
// leans towards the side where the positions are packed tighter.
func median(ps []int) float64 {
	n := len(ps)
	m := n / 2
	switch {
	case n%2 == 1:
		return float64(ps[m])
	case n == 2:
		return float64(ps[0]+ps[1]) / 2
	}
	left, right := float64(ps[m-1]-ps[0]), float64(ps[n-1]-ps[m])
	if left+right == 0 {
		return float64(ps[m-1]+ps[m]) / 2
	}
	return (float64(ps[m-1])*right + float64(ps[m])*left) / (left + right)
}

// arrange sorts rank r by column, then by val, then by current position;
// val counts positions on a rank of scale nodes. A cluster's nodes share its
// column. Any other node goes to a gap between the clusters on this rank
// whose nodes have mean vals below and above its own; where that leaves a
// choice of gaps, because clusters absent from this rank lie between, the
// clusters' mean relative positions over all ranks choose.
func (g *graph) arrange(r int, val []float64, scale float64) {
	layer := g.layers[r]
	type stat struct {
		c   int
		sum float64
		n   int
	}
	var stats []stat // clusters on this rank
	for _, v := range layer {
		c := g.nodes[v].cluster
		if c < 0 {
			continue
		}
		i := slices.IndexFunc(stats, func(s stat) bool { return s.c == c })
		if i < 0 {
			i = len(stats)
			stats = append(stats, stat{c: c})
		}
		stats[i].sum += val[v]
		stats[i].n++
	}
	slices.SortFunc(stats, func(a, b stat) int { return cmp.Compare(g.corder[a.c], g.corder[b.c]) })
	for _, v := range layer {
		if c := g.nodes[v].cluster; c >= 0 {
			g.key[v] = 2*g.corder[c] + 1
			continue
		}
		// Gap k is left of the cluster with order k.
		below := 0
		for i, s := range stats {
			if s.sum/float64(s.n) < val[v] {
				below = i + 1
			}
		}
		lo, hi := 0, g.ncl
		if below > 0 {
			lo = g.corder[stats[below-1].c] + 1
		}
		if below < len(stats) {
			hi = g.corder[stats[below].c]
		}
		at, _ := slices.BinarySearch(g.cpos, (val[v]+0.5)/max(scale, 1))
		g.key[v] = 2 * min(max(at, lo), hi)
	}
	slices.SortFunc(layer, func(a, b int) int {
		if c := cmp.Compare(g.key[a], g.key[b]); c != 0 {
			return c
		}
		if c := cmp.Compare(val[a], val[b]); c != 0 {
			return c
		}
		return cmp.Compare(g.pos[a], g.pos[b])
	})
	for i, v := range layer {
		g.pos[v] = i
	}
}

// updateClusterOrder orders the non-empty clusters by the mean relative
// position of their nodes and rearranges every rank to match.
func (g *graph) updateClusterOrder() {
	sum := make([]float64, len(g.in.Clusters))
	cnt := make([]int, len(g.in.Clusters))
	for _, layer := range g.layers {
		for i, v := range layer {
			if c := g.nodes[v].cluster; c >= 0 {
				sum[c] += (float64(i) + 0.5) / float64(len(layer))
				cnt[c]++
			}
		}
	}
	var ids []int
	for c := range g.in.Clusters {
		if cnt[c] > 0 {
			ids = append(ids, c)
		}
	}
	slices.SortFunc(ids, func(a, b int) int {
		if c := cmp.Compare(sum[a]/float64(cnt[a]), sum[b]/float64(cnt[b])); c != 0 {
			return c
		}
		return cmp.Compare(g.corder[a], g.corder[b])
	})
	for c := range g.corder {
		g.corder[c] = -1
	}
	g.cpos = g.cpos[:0]
	for i, c := range ids {
		g.corder[c] = i
		g.cpos = append(g.cpos, sum[c]/float64(cnt[c]))
	}
	g.ncl = len(ids)
	val := make([]float64, len(g.nodes))
	for v := range g.nodes {
		val[v] = float64(g.pos[v])
	}
	for r := range g.layers {
		g.arrange(r, val, float64(len(g.layers[r])))
	}
}

// transpose swaps neighbours of one column while that removes crossings;
// with ties, as dot does on every other pair of sweeps, it also swaps
// neighbours whose crossings the swap leaves as they are, to get off a
// plateau. Like dot, it revisits a rank only when a swap that removed
// crossings changed it or a rank next to it since its last visit.
func (g *graph) transpose(ties bool) {
	var au, ad, bu, bd []int // sorted neighbour positions above and below of the left and right node
	candidate := make([]bool, len(g.layers))
	for r := range candidate {
		candidate[r] = true
	}
	for range 8 {
		improved := false
		for r, layer := range g.layers {
			if !candidate[r] {
				continue
			}
			candidate[r] = false
			for i := 0; i+1 < len(layer); i++ {
				u, v := layer[i], layer[i+1]
				if i == 0 {
					au, ad = g.neighbourPos(au[:0], u, true), g.neighbourPos(ad[:0], u, false)
				}
				if g.key[u] != g.key[v] {
					au, ad = g.neighbourPos(au[:0], v, true), g.neighbourPos(ad[:0], v, false)
					continue
				}
				bu, bd = g.neighbourPos(bu[:0], v, true), g.neighbourPos(bd[:0], v, false)
				c0, c1 := inversions(au, bu)+inversions(ad, bd), inversions(bu, au)+inversions(bd, ad)
				if c1 < c0 || ties && c1 == c0 && c0 > 0 {
					layer[i], layer[i+1] = v, u
					g.pos[u], g.pos[v] = i+1, i
					if c1 < c0 {
						improved = true
						for q := max(r-1, 0); q <= min(r+1, len(g.layers)-1); q++ {
							candidate[q] = true
						}
					}
					continue // u is still the left node of the next pair
				}
				au, ad, bu, bd = bu, bd, au, ad
			}
		}
		if !improved {
			return
		}
	}
}

// inversions counts the pairs of a left node's neighbour at a and a right
// node's neighbour at b with a > b: the crossings between their edges.
// Both are sorted.
func inversions(a, b []int) int {
	n, j := 0, 0
	for _, x := range a {
		for j < len(b) && b[j] < x {
			j++
		}
		n += j
	}
	return n
}

// crossings counts the crossings of all segs.
func (g *graph) crossings() int {
	n := 0
	var south, tree []int
	for r := 0; r+1 < len(g.layers); r++ {
		south = south[:0]
		for _, u := range g.layers[r] {
			start := len(south)
			for _, s := range g.down[u] {
				south = append(south, g.pos[g.segs[s].to])
			}
			slices.Sort(south[start:])
		}
		var c int
		c, tree = bilayerCrossings(south, len(g.layers[r+1]), tree)
		n += c
	}
	return n
}

// bilayerCrossings counts the crossings between two ranks with the
// accumulator tree of Barth, Jünger and Mutzel: south holds the lower end of
// each edge, in the order of the upper ends; q is the size of the lower
// rank. tree is scratch space, returned for reuse.
func bilayerCrossings(south []int, q int, tree []int) (int, []int) {
	first := 1
	for first < q {
		first *= 2
	}
	size := 2*first - 1
	if cap(tree) < size {
		tree = make([]int, size)
	}
	tree = tree[:size]
	clear(tree)
	first--
	n := 0
	for _, p := range south {
		i := p + first
		tree[i]++
		for i > 0 {
			if i%2 == 1 {
				n += tree[i+1]
			}
			i = (i - 1) / 2
			tree[i]++
		}
	}
	return n, tree
}

// save returns a copy of the ordering.
func (g *graph) save() ordering {
	o := ordering{layers: make([][]int, len(g.layers)), key: slices.Clone(g.key), corder: slices.Clone(g.corder)}
	for r, l := range g.layers {
		o.layers[r] = slices.Clone(l)
	}
	return o
}

// restore puts back a saved ordering.
func (g *graph) restore(o ordering) {
	g.layers, g.key, g.corder = o.layers, o.key, o.corder
	for _, layer := range g.layers {
		for i, v := range layer {
			g.pos[v] = i
		}
	}
}
