// Package layout draws a directed graph with clusters in layers, the way
// Graphviz dot does, so that a picture can be made in-process without
// running Graphviz.
//
// The method is the one of Gansner, Koutsofios, North and Vo, "A Technique
// for Drawing Directed Graphs" (1993): break cycles, rank the nodes, put
// dummy nodes on long edges, order each rank to reduce crossings, assign
// coordinates, and route every edge as a spline through its dummy nodes.
// Clusters are kept contiguous in every rank and drawn as bands that no
// other cluster's node enters.
//
// The result depends only on the input: no map order, randomness or
// goroutine timing takes part.
package layout

import (
	"cmp"
	"math"
)

// A Node is a box to place. W and H are its size in pixels. Cluster is the
// index of its cluster in Input.Clusters, or -1.
type Node struct {
	W, H    float64
	Cluster int
}

// An Edge goes From one node To another (indexes into Input.Nodes).
// LabelW and LabelH are the size of its label; 0 when it has none.
type Edge struct {
	From, To       int
	LabelW, LabelH float64
}

// A Cluster is a named group of nodes drawn inside one box with its label on
// top. The top LabelH pixels of the box are left for the label, and the box
// is at least LabelW wide.
type Cluster struct {
	LabelW, LabelH float64
}

// An Input is a graph to lay out.
//
// Sizes that are negative, NaN or infinite count as 0; a node whose Cluster
// is out of range belongs to no cluster; an edge whose ends are out of range
// is left out and gets an empty Path.
type Input struct {
	Nodes    []Node
	Edges    []Edge
	Clusters []Cluster

	// LeftToRight makes ranks run left to right, like Graphviz rankdir=LR;
	// otherwise they run top to bottom.
	LeftToRight bool

	// RankSep is the gap between ranks and NodeSep the gap between
	// neighbours in a rank, in pixels; 0 means 60 and 24.
	RankSep, NodeSep float64
}

// A Point is a position in pixels, Y growing downwards.
type Point struct{ X, Y float64 }

// A Rect is a box in pixels; X and Y are its top-left corner.
type Rect struct{ X, Y, W, H float64 }

// A Result is a laid-out graph.
type Result struct {
	Nodes    []Point // centre of each node, in the order of Input.Nodes
	Edges    []Path  // in the order of Input.Edges
	Clusters []Rect  // in the order of Input.Clusters; zero for an empty cluster

	// The drawing fits in [0,Width]x[0,Height].
	Width, Height float64
}

// A Path is a cubic Bézier spline: Points[0] is the start, then groups of
// three (control, control, end). It starts on the border of the From node's
// box and ends on the border of the To node's box (where the arrowhead goes),
// running in the edge's direction even when the layout reversed it to break a
// cycle.
type Path struct {
	Points []Point
	Label  Point // centre of the label box; for an edge without a label, the middle of the path
}

// Spacing, in pixels.
const (
	defaultRankSep = 60
	defaultNodeSep = 24
	margin         = 8  // around the whole drawing
	clusterPad     = 12 // between a cluster's box and its nodes
	labelGap       = 6  // between an edge and its label
	loopStep       = 12 // between nested self-loops
	portSep        = 14 // between the ends of edges on one side of a node
)

// Layout places the nodes, clusters and edges of in.
func Layout(in Input) Result {
	g := newGraph(in)
	g.rank()
	g.addDummies()
	g.order()
	g.position()
	return g.result()
}

// nodeKind tells real nodes from the dummies the layout adds.
type nodeKind uint8

const (
	realNode  nodeKind = iota
	dummyNode          // a bend of a long edge
	labelNode          // a bend of a long edge that holds its label
)

// A vnode is a node of the layered graph. Sizes and coordinates are in the
// internal frame, where ranks run top to bottom.
type vnode struct {
	w, h    float64 // size to keep free: the box, its self-loops and their labels
	rank    int
	cluster int // -1 for none; a dummy belongs to a cluster when both ends do
	kind    nodeKind
	x, y    float64
}

// A seg joins nodes on adjacent ranks; long edges are chains of segs.
type seg struct {
	from, to int     // upper and lower node
	weight   float64 // how hard the seg pulls its ends into line
}

// A graph is the working state shared by the phases of Layout.
type graph struct {
	in               Input // sanitised; sizes swapped when LeftToRight
	rankSep, nodeSep float64

	nodes []vnode   // real nodes first, then dummies
	boxes []Point   // half width and half height of each real node's box
	loops [][]int   // self-loop edges of each real node
	ext   []float64 // room kept right of each real node for its self-loops

	reversed []bool  // per edge: drawn against the ranks to break a cycle
	chains   [][]int // per edge: its nodes from top to bottom; nil when not ranked

	segs         []seg
	up, down     [][]int // per node: indexes of segs to the rank above and below
	above, below [][]int // per node: the nodes at the other ends of up and down

	layers [][]int   // nodes of each rank, in order
	pos    []int     // index of each node in its layer
	key    []int     // column of each node: 2k+1 for the kth cluster, 2k for the gap before it
	corder []int     // per cluster: its place in the left-to-right order, -1 when empty
	ncl    int       // number of non-empty clusters
	cpos   []float64 // mean relative position of each non-empty cluster's nodes, in cluster order
	cols   *columns

	crossInit, crossFinal int // crossings before and after ordering, for tests
}

// newGraph sanitises in and makes the real nodes.
func newGraph(in Input) *graph {
	g := &graph{rankSep: cmp.Or(size(in.RankSep), defaultRankSep), nodeSep: cmp.Or(size(in.NodeSep), defaultNodeSep)}
	g.in = Input{LeftToRight: in.LeftToRight}
	g.in.Nodes = make([]Node, len(in.Nodes))
	for i, n := range in.Nodes {
		w, h := size(n.W), size(n.H)
		if in.LeftToRight {
			w, h = h, w
		}
		if n.Cluster < 0 || n.Cluster >= len(in.Clusters) {
			n.Cluster = -1
		}
		g.in.Nodes[i] = Node{W: w, H: h, Cluster: n.Cluster}
	}
	g.in.Edges = make([]Edge, len(in.Edges))
	for i, e := range in.Edges {
		w, h := size(e.LabelW), size(e.LabelH)
		if in.LeftToRight {
			w, h = h, w
		}
		g.in.Edges[i] = Edge{From: e.From, To: e.To, LabelW: w, LabelH: h}
	}
	g.in.Clusters = make([]Cluster, len(in.Clusters))
	for i, c := range in.Clusters {
		w, h := size(c.LabelW), size(c.LabelH)
		if in.LeftToRight {
			w, h = h, w
		}
		g.in.Clusters[i] = Cluster{LabelW: w, LabelH: h}
	}

	n := len(g.in.Nodes)
	g.nodes = make([]vnode, n)
	g.boxes = make([]Point, n)
	g.loops = make([][]int, n)
	g.ext = make([]float64, n)
	for i, e := range g.in.Edges {
		if g.drawable(i) && e.From == e.To {
			g.loops[e.From] = append(g.loops[e.From], i)
		}
	}
	for v, nd := range g.in.Nodes {
		g.boxes[v] = Point{nd.W / 2, nd.H / 2}
		w, h := g.loopRoom(v)
		g.nodes[v] = vnode{w: w, h: h, cluster: nd.Cluster}
	}
	return g
}

// loopRoom returns the size to keep free around real node v so that its
// self-loops and their labels touch nothing, and records the room on its
// right.
func (g *graph) loopRoom(v int) (w, h float64) {
	nd := g.in.Nodes[v]
	if len(g.loops[v]) == 0 {
		return nd.W, nd.H
	}
	reach := 0.75 * loopStep * float64(len(g.loops[v]))
	var labelW, labelH float64
	for _, e := range g.loops[v] {
		labelW = math.Max(labelW, g.in.Edges[e].LabelW)
		labelH += g.in.Edges[e].LabelH
	}
	if labelW > 0 {
		reach += labelGap + labelW
	}
	g.ext[v] = reach
	return nd.W + 2*reach, max(nd.H, labelH, nd.H/2+1.2*loopStep*float64(len(g.loops[v])))
}

// drawable reports whether edge i joins two existing nodes.
func (g *graph) drawable(i int) bool {
	e := g.in.Edges[i]
	n := len(g.in.Nodes)
	return e.From >= 0 && e.From < n && e.To >= 0 && e.To < n
}

// size returns s, or 0 when s is not a usable size.
func size(s float64) float64 {
	if !(s > 0) || math.IsInf(s, 1) {
		return 0
	}
	return s
}
