package layout

import (
	"fmt"
	"os"
	"time"
)

var dbgT time.Time

func dbg(g *graph, what string) {
	if os.Getenv("LAYOUT_DEBUG") == "" {
		return
	}
	if what == "start" {
		dbgT = time.Now()
	}
	maxw := 0
	for _, l := range g.layers {
		maxw = max(maxw, len(l))
	}
	fmt.Fprintf(os.Stderr, "%-10s %8v nodes=%d real=%d segs=%d ranks=%d maxw=%d cross=%d/%d\n", what, time.Since(dbgT).Round(time.Millisecond), len(g.nodes), len(g.in.Nodes), len(g.segs), len(g.layers), maxw, g.crossInit, g.crossFinal)
}
