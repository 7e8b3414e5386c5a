package layout

import (
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
)

// clustered returns a random graph of n nodes in k clusters (a tenth of the
// nodes in none) with m edges, half of them inside a cluster and a fifth of
// them labelled. Like a system of services, it is mostly layered: all but
// one edge in twenty go from a lower index to a higher one.
func clustered(seed uint64, n, m, k int) Input {
	r := rand.New(rand.NewPCG(seed, 1))
	in := Input{}
	for range k {
		in.Clusters = append(in.Clusters, Cluster{LabelW: 40 + r.Float64()*120, LabelH: 20})
	}
	members := make([][]int, k)
	for i := range n {
		c := -1
		if k > 0 && r.IntN(10) > 0 {
			c = r.IntN(k)
			members[c] = append(members[c], i)
		}
		in.Nodes = append(in.Nodes, Node{W: 30 + r.Float64()*120, H: 24 + r.Float64()*20, Cluster: c})
	}
	for range m {
		from := r.IntN(n)
		to := r.IntN(n)
		if c := in.Nodes[from].Cluster; c >= 0 && r.IntN(2) == 0 {
			to = members[c][r.IntN(len(members[c]))]
		}
		if from > to && r.IntN(20) > 0 {
			from, to = to, from
		}
		e := Edge{From: from, To: to}
		if r.IntN(5) == 0 {
			e.LabelW, e.LabelH = 20+r.Float64()*60, 14
		}
		in.Edges = append(in.Edges, e)
	}
	return in
}

// nodes returns n nodes of size w x h in cluster c.
func nodes(n int, w, h float64, c int) []Node {
	ns := make([]Node, n)
	for i := range ns {
		ns[i] = Node{W: w, H: h, Cluster: c}
	}
	return ns
}

// testGraphs returns the graphs the invariant tests lay out.
func testGraphs() map[string]Input {
	gs := map[string]Input{
		"empty":       {},
		"single":      {Nodes: nodes(1, 50, 30, -1)},
		"zero-size":   {Nodes: nodes(4, 0, 0, -1), Edges: []Edge{{0, 1, 0, 0}, {1, 2, 10, 10}, {0, 3, 0, 0}, {3, 3, 0, 0}}},
		"self-loops":  {Nodes: nodes(3, 40, 20, -1), Edges: []Edge{{0, 0, 0, 0}, {0, 0, 30, 12}, {1, 1, 0, 0}, {2, 2, 50, 14}, {2, 2, 20, 14}}},
		"cycle":       {Nodes: nodes(3, 40, 20, -1), Edges: []Edge{{0, 1, 0, 0}, {1, 2, 0, 0}, {2, 0, 30, 10}}},
		"both-ways":   {Nodes: nodes(2, 40, 20, -1), Edges: []Edge{{0, 1, 0, 0}, {1, 0, 0, 0}, {0, 1, 0, 0}, {0, 1, 20, 10}}},
		"parallel":    {Nodes: nodes(2, 60, 20, -1), Edges: []Edge{{0, 1, 0, 0}, {0, 1, 0, 0}, {0, 1, 0, 0}}},
		"bad-input":   {Nodes: []Node{{W: math.NaN(), H: -3, Cluster: 7}, {W: math.Inf(1), H: 10, Cluster: -5}}, Edges: []Edge{{0, 1, math.NaN(), 0}, {0, 9, 0, 0}, {-1, 0, 0, 0}}, RankSep: -1, NodeSep: math.NaN()},
		"one-cluster": {Nodes: nodes(6, 50, 20, 0), Clusters: []Cluster{{80, 20}, {30, 20}}, Edges: []Edge{{0, 1, 0, 0}, {0, 2, 0, 0}, {1, 3, 0, 0}, {2, 3, 20, 10}, {3, 0, 0, 0}, {4, 5, 0, 0}}},
		"wide-label":  {Nodes: nodes(2, 10, 10, 0), Clusters: []Cluster{{300, 20}}, Edges: []Edge{{0, 1, 0, 0}}},
		"disconnected": {Nodes: append(nodes(4, 30, 20, -1), nodes(4, 30, 20, 1)...), Clusters: []Cluster{{20, 10}, {40, 10}},
			Edges: []Edge{{0, 1, 0, 0}, {2, 3, 0, 0}, {4, 5, 0, 0}, {6, 7, 40, 10}, {7, 6, 0, 0}}},
		"random":      clustered(1, 60, 120, 5),
		"clustered":   clustered(2, 500, 1500, 25),
		"unclustered": clustered(3, 120, 250, 0),
	}
	chain := Input{Nodes: nodes(50, 40, 20, -1)}
	for i := 1; i < 50; i++ {
		chain.Edges = append(chain.Edges, Edge{From: i - 1, To: i})
	}
	gs["chain"] = chain
	star := Input{Nodes: nodes(31, 40, 20, -1)}
	for i := 1; i < 31; i++ {
		star.Edges = append(star.Edges, Edge{From: 0, To: i})
	}
	gs["star"] = star
	k12 := Input{Nodes: nodes(12, 40, 20, -1)}
	for i := range 12 {
		for j := range 12 {
			if i != j {
				k12.Edges = append(k12.Edges, Edge{From: i, To: j})
			}
		}
	}
	gs["complete-12"] = k12
	return gs
}

func TestInvariants(t *testing.T) {
	gs := testGraphs()
	names := make([]string, 0, len(gs))
	for name := range gs {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		for _, lr := range []bool{false, true} {
			in := gs[name]
			in.LeftToRight = lr
			t.Run(fmt.Sprintf("%s/lr=%v", name, lr), func(t *testing.T) {
				checkLayout(t, in, Layout(in))
			})
		}
	}
}

// box is a rectangle by its corners.
type box struct{ x0, y0, x1, y1 float64 }

// overlaps reports whether a and b share more than a sliver.
func (a box) overlaps(b box) bool {
	const eps = 0.5
	return a.x0 < b.x1-eps && b.x0 < a.x1-eps && a.y0 < b.y1-eps && b.y0 < a.y1-eps
}

// touches reports whether a and b meet or come within a pixel of each other.
func (a box) touches(b box) bool {
	return a.x0 <= b.x1+1 && b.x0 <= a.x1+1 && a.y0 <= b.y1+1 && b.y0 <= a.y1+1
}

// contains reports whether b lies inside a.
func (a box) contains(b box) bool {
	const eps = 1e-6
	return a.x0 <= b.x0+eps && a.y0 <= b.y0+eps && b.x1 <= a.x1+eps && b.y1 <= a.y1+eps
}

// onBorder reports whether p lies within a pixel of a's border.
func (a box) onBorder(p Point) bool {
	dx := math.Max(math.Max(a.x0-p.X, p.X-a.x1), 0)
	dy := math.Max(math.Max(a.y0-p.Y, p.Y-a.y1), 0)
	if dx > 0 || dy > 0 {
		return math.Hypot(dx, dy) <= 1
	}
	return min(p.X-a.x0, a.x1-p.X, p.Y-a.y0, a.y1-p.Y) <= 1
}

// centred returns the box of size w x h centred on p.
func centred(p Point, w, h float64) box {
	return box{p.X - w/2, p.Y - h/2, p.X + w/2, p.Y + h/2}
}

// checkLayout checks the invariants every layout must keep.
func checkLayout(t *testing.T, in Input, res Result) {
	t.Helper()
	if len(res.Nodes) != len(in.Nodes) || len(res.Edges) != len(in.Edges) || len(res.Clusters) != len(in.Clusters) {
		t.Fatalf("result has %d nodes, %d edges, %d clusters; want %d, %d, %d",
			len(res.Nodes), len(res.Edges), len(res.Clusters), len(in.Nodes), len(in.Edges), len(in.Clusters))
	}
	page := box{0, 0, res.Width, res.Height}
	finite := func(what string, fs ...float64) {
		for _, f := range fs {
			if math.IsNaN(f) || math.IsInf(f, 0) {
				t.Fatalf("%s: not finite: %v", what, fs)
			}
		}
	}
	finite("size", res.Width, res.Height)
	nodeBox := make([]box, len(in.Nodes))
	for i, p := range res.Nodes {
		finite(fmt.Sprintf("node %d", i), p.X, p.Y)
		nodeBox[i] = centred(p, size(in.Nodes[i].W), size(in.Nodes[i].H))
		if !page.contains(nodeBox[i]) {
			t.Errorf("node %d %v outside the page %v", i, nodeBox[i], page)
		}
	}
	for i := range nodeBox {
		for j := i + 1; j < len(nodeBox); j++ {
			if nodeBox[i].touches(nodeBox[j]) {
				t.Errorf("nodes %d %v and %d %v overlap", i, nodeBox[i], j, nodeBox[j])
			}
		}
	}
	for c, r := range res.Clusters {
		finite(fmt.Sprintf("cluster %d", c), r.X, r.Y, r.W, r.H)
		cb := box{r.X, r.Y, r.X + r.W, r.Y + r.H}
		if r == (Rect{}) {
			for i, n := range in.Nodes {
				if n.Cluster == c {
					t.Errorf("cluster %d has node %d but no box", c, i)
				}
			}
			continue
		}
		if !page.contains(cb) {
			t.Errorf("cluster %d %v outside the page %v", c, cb, page)
		}
		if r.W < in.Clusters[c].LabelW-1e-6 {
			t.Errorf("cluster %d %v narrower than its label %v", c, cb, in.Clusters[c])
		}
		for i, n := range in.Nodes {
			switch {
			case n.Cluster == c && !cb.contains(nodeBox[i]):
				t.Errorf("node %d %v outside its cluster %d %v", i, nodeBox[i], c, cb)
			case n.Cluster != c && cb.overlaps(nodeBox[i]):
				t.Errorf("node %d %v inside cluster %d %v", i, nodeBox[i], c, cb)
			}
		}
		for d := c + 1; d < len(res.Clusters); d++ {
			r2 := res.Clusters[d]
			if r2 != (Rect{}) && cb.overlaps(box{r2.X, r2.Y, r2.X + r2.W, r2.Y + r2.H}) {
				t.Errorf("clusters %d %v and %d %v overlap", c, cb, d, r2)
			}
		}
	}
	for i, e := range in.Edges {
		p := res.Edges[i]
		if e.From < 0 || e.From >= len(in.Nodes) || e.To < 0 || e.To >= len(in.Nodes) {
			if len(p.Points) != 0 {
				t.Errorf("edge %d with missing ends has a path", i)
			}
			continue
		}
		if len(p.Points) < 4 || (len(p.Points)-1)%3 != 0 {
			t.Errorf("edge %d has %d points", i, len(p.Points))
			continue
		}
		for _, q := range p.Points {
			finite(fmt.Sprintf("edge %d", i), q.X, q.Y)
			if !page.contains(box{q.X, q.Y, q.X, q.Y}) {
				t.Errorf("edge %d point %v outside the page %v", i, q, page)
			}
		}
		if first := p.Points[0]; !nodeBox[e.From].onBorder(first) {
			t.Errorf("edge %d starts at %v, not on node %d %v", i, first, e.From, nodeBox[e.From])
		}
		if last := p.Points[len(p.Points)-1]; !nodeBox[e.To].onBorder(last) {
			t.Errorf("edge %d ends at %v, not on node %d %v", i, last, e.To, nodeBox[e.To])
		}
		if size(e.LabelW) == 0 {
			continue
		}
		finite(fmt.Sprintf("edge %d label", i), p.Label.X, p.Label.Y)
		lb := centred(p.Label, size(e.LabelW), size(e.LabelH))
		if !page.contains(lb) {
			t.Errorf("edge %d label %v outside the page %v", i, lb, page)
		}
		for j, nb := range nodeBox {
			if lb.overlaps(nb) {
				t.Errorf("edge %d label %v overlaps node %d %v", i, lb, j, nb)
			}
		}
	}
}

func TestDeterministic(t *testing.T) {
	for _, in := range []Input{clustered(7, 200, 600, 10), clustered(8, 150, 400, 0)} {
		first := Layout(in)
		fresh := Input{
			Nodes:    slices.Clone(in.Nodes),
			Edges:    slices.Clone(in.Edges),
			Clusters: slices.Clone(in.Clusters),
		}
		for range 2 {
			if again := Layout(fresh); !reflect.DeepEqual(first, again) {
				t.Fatal("two layouts of the same graph differ")
			}
		}
	}
}

// orderedCrossings runs the phases up to ordering and returns the
// crossings before and after it.
func orderedCrossings(in Input) (before, after int) {
	g := newGraph(in)
	g.rank()
	g.addDummies()
	g.order()
	return g.crossInit, g.crossFinal
}

func TestCrossings(t *testing.T) {
	// A binary tree, its edges given deepest first.
	var tree Input
	tree.Nodes = nodes(31, 30, 20, -1)
	for i := 30; i > 0; i-- {
		tree.Edges = append(tree.Edges, Edge{From: (i - 1) / 2, To: i})
	}
	// Two chains with rungs from one to the next, nodes numbered across.
	var ladder Input
	ladder.Nodes = nodes(20, 30, 20, -1)
	for i := 0; i+2 < 20; i += 2 {
		ladder.Edges = append(ladder.Edges, Edge{From: i + 1, To: i + 3}, Edge{From: i, To: i + 2}, Edge{From: i, To: i + 3})
	}
	// A zigzag between two ranks that breadth-first order draws crossed.
	zigzag := Input{Nodes: nodes(4, 30, 20, -1), Edges: []Edge{{0, 2, 0, 0}, {0, 3, 0, 0}, {1, 2, 0, 0}}}
	// The same in two clusters, with an unclustered node between them.
	split := Input{
		Nodes:    []Node{{30, 20, 1}, {30, 20, 0}, {30, 20, 1}, {30, 20, 0}, {30, 20, -1}},
		Edges:    []Edge{{0, 2, 0, 0}, {1, 3, 0, 0}, {0, 4, 0, 0}, {1, 4, 0, 0}},
		Clusters: []Cluster{{10, 10}, {10, 10}},
	}
	for name, in := range map[string]Input{"tree": tree, "ladder": ladder, "zigzag": zigzag, "split": split} {
		before, after := orderedCrossings(in)
		if after != 0 {
			t.Errorf("%s: %d crossings after ordering (%d before), want 0", name, after, before)
		}
	}
	if before, _ := orderedCrossings(zigzag); before == 0 {
		t.Errorf("zigzag: no crossings before ordering; the test checks nothing")
	}
}

func TestCrossingsLarge(t *testing.T) {
	before, after := orderedCrossings(clustered(2, 500, 1500, 25))
	t.Logf("500 nodes: %d crossings before ordering, %d after", before, after)
	if after > before {
		t.Errorf("ordering made crossings worse: %d to %d", before, after)
	}
	before, after = orderedCrossings(labelledLarge())
	t.Logf("500 nodes, labelled: %d crossings before ordering, %d after", before, after)
	if after > before {
		t.Errorf("labelled: ordering made crossings worse: %d to %d", before, after)
	}
}

func TestBilayerCrossings(t *testing.T) {
	// Upper nodes 0..2, edges 0-2, 1-0, 1-1, 2-0: 0-2 crosses 1-0, 1-1 and
	// 2-0; 1-1 crosses 2-0.
	n, _ := bilayerCrossings([]int{2, 0, 1, 0}, 3, nil)
	if n != 4 {
		t.Errorf("bilayerCrossings = %d, want 4", n)
	}
}

func TestIsotonic(t *testing.T) {
	got := isotonic([]float64{1, 3, 2, 4}, []float64{1, 1, 1, 1})
	if want := []float64{1, 2.5, 2.5, 4}; !reflect.DeepEqual(got, want) {
		t.Errorf("isotonic = %v, want %v", got, want)
	}
}

func BenchmarkLayout500(b *testing.B) {
	in := clustered(2, 500, 1500, 25)
	in.LeftToRight = true
	for b.Loop() {
		Layout(in)
	}
}

// labelledLarge returns the 500-node graph the way the SVG writer draws a
// service map: left to right, every edge labelled, every cluster named.
func labelledLarge() Input {
	in := clustered(2, 500, 1500, 25)
	r := rand.New(rand.NewPCG(2, 3))
	for i := range in.Edges {
		in.Edges[i].LabelW, in.Edges[i].LabelH = 60+r.Float64()*60, 14
	}
	in.LeftToRight, in.RankSep, in.NodeSep = true, 56, 18
	return in
}

func BenchmarkLayout500Labelled(b *testing.B) {
	in := labelledLarge()
	for b.Loop() {
		Layout(in)
	}
}

// small returns a small random graph with every oddity: self-loops,
// parallel and opposite edges, labels, empty and wide clusters, zero sizes.
func small(seed uint64) Input {
	r := rand.New(rand.NewPCG(seed, 2))
	in := Input{LeftToRight: r.IntN(2) == 0}
	for range r.IntN(4) {
		in.Clusters = append(in.Clusters, Cluster{LabelW: float64(r.IntN(3)) * 60, LabelH: float64(r.IntN(2)) * 20})
	}
	for range r.IntN(12) {
		n := Node{W: float64(r.IntN(4)) * 30, H: float64(r.IntN(3)) * 20, Cluster: r.IntN(len(in.Clusters)+1) - 1}
		in.Nodes = append(in.Nodes, n)
	}
	if len(in.Nodes) == 0 {
		return in
	}
	for range r.IntN(3 * len(in.Nodes)) {
		e := Edge{From: r.IntN(len(in.Nodes)), To: r.IntN(len(in.Nodes))}
		if r.IntN(3) == 0 {
			e.LabelW, e.LabelH = float64(r.IntN(3))*25, float64(r.IntN(2))*12
		}
		in.Edges = append(in.Edges, e)
	}
	return in
}

func TestSmallRandom(t *testing.T) {
	for seed := range uint64(500) {
		in := small(seed)
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			checkLayout(t, in, Layout(in))
		})
	}
}

// TestPortsSpread checks that edges meeting one side of a node end at
// distinct points, in the order of where they come from, so that their
// arrowheads do not pile up: here three long edges whose bends sit almost
// straight above their target, and three parallel edges.
func TestPortsSpread(t *testing.T) {
	box := Node{W: 80, H: 30, Cluster: -1}
	in := Input{
		Nodes: []Node{box, box, box, box, box, box},
		// 0, 1 and 2 reach 5 over 3 and 4, which put 5 two ranks down.
		Edges: []Edge{{From: 0, To: 3}, {From: 3, To: 4}, {From: 4, To: 5}, {From: 0, To: 5}, {From: 1, To: 5}, {From: 2, To: 5},
			{From: 3, To: 4}, {From: 3, To: 4}},
	}
	res := Layout(in)
	for _, group := range [][]int{{2, 3, 4, 5}, {1, 6, 7}} {
		for a, i := range group {
			for _, j := range group[a+1:] {
				pi, pj := res.Edges[i].Points, res.Edges[j].Points
				if d := math.Abs(pi[len(pi)-1].X - pj[len(pj)-1].X); d < 12 {
					t.Errorf("edges %d and %d end %.1f px apart", i, j, d)
				}
			}
		}
	}
}

// TestParallelEdgesApart: edges joining the same two nodes on adjacent
// ranks, either way round, start apart and end apart. ports spreads them;
// nothing else moves them sideways.
func TestParallelEdgesApart(t *testing.T) {
	box := Node{W: 80, H: 30, Cluster: -1}
	for _, ltr := range []bool{false, true} {
		in := Input{Nodes: []Node{box, box}, Edges: []Edge{{From: 0, To: 1}, {From: 0, To: 1}, {From: 1, To: 0}}, LeftToRight: ltr}
		res := Layout(in)
		for i := range in.Edges {
			for j := i + 1; j < len(in.Edges); j++ {
				pi, pj := res.Edges[i].Points, res.Edges[j].Points
				if len(pi) != 4 || len(pj) != 4 {
					t.Fatalf("LeftToRight=%v: edges %d and %d have %d and %d points, want one segment each", ltr, i, j, len(pi), len(pj))
				}
				// The reversed edge runs the other way: compare the ends
				// on the same node.
				a0, a1 := pi[0], pi[3]
				b0, b1 := pj[0], pj[3]
				if in.Edges[i].From != in.Edges[j].From {
					b0, b1 = b1, b0
				}
				if dist(a0, b0) < 8 || dist(a1, b1) < 8 {
					t.Errorf("LeftToRight=%v: edges %d and %d: %v–%v and %v–%v, ends less than 8 px apart", ltr, i, j, a0, a1, b0, b1)
				}
			}
		}
	}
}

func dist(a, b Point) float64 { return math.Hypot(a.X-b.X, a.Y-b.Y) }
