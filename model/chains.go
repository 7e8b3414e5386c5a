package model

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// maxSteps bounds the search for chains in a dense graph.
const maxSteps = 200000

// next returns the edges that continue a chain after e: the service
// calls the handler of the endpoint e reaches makes.
func next(e *SyncEdge) []*SyncEdge {
	if e.Endpoint == nil {
		return nil
	}
	var out []*SyncEdge
	for _, n := range e.Endpoint.Reach {
		if !n.External() {
			out = append(out, n)
		}
	}
	return out
}

// Chains returns the maximal endpoint-level chains longer than maxDepth
// hops, each once: a chain inside a longer one is not returned.
func Chains(m *Model, maxDepth int) [][]*SyncEdge {
	var found [][]*SyncEdge
	steps := 0
	var walk func(path []*SyncEdge, visited map[string]bool)
	walk = func(path []*SyncEdge, visited map[string]bool) {
		steps++
		last := path[len(path)-1]
		extended := false
		if steps < maxSteps {
			for _, n := range next(last) {
				if visited[n.To] {
					continue // a cycle: reported as one
				}
				visited[n.To] = true
				walk(append(path, n), visited)
				delete(visited, n.To)
				extended = true
			}
		}
		if !extended && len(path) > maxDepth {
			found = append(found, slices.Clone(path))
		}
	}
	for _, e := range m.Sync {
		if e.External() {
			continue
		}
		walk([]*SyncEdge{e}, map[string]bool{e.From: true, e.To: true})
	}
	// Longest first; drop chains contained in a longer one, and repeats.
	slices.SortStableFunc(found, func(a, b []*SyncEdge) int {
		return cmp.Or(cmp.Compare(len(b), len(a)), m.Compare(a[0].Site, b[0].Site))
	})
	var out [][]*SyncEdge
	seen := make(map[string]bool)
	for _, ch := range found {
		k := Spell(ch)
		if seen[k] || slices.ContainsFunc(out, func(longer []*SyncEdge) bool { return contains(longer, ch) }) {
			continue
		}
		seen[k] = true
		out = append(out, ch)
	}
	slices.SortStableFunc(out, func(a, b []*SyncEdge) int { return m.Compare(a[0].Site, b[0].Site) })
	return out
}

// contains reports whether ch is a contiguous part of longer.
func contains(longer, ch []*SyncEdge) bool {
	for i := 0; i+len(ch) <= len(longer); i++ {
		if slices.Equal(longer[i:i+len(ch)], ch) {
			return true
		}
	}
	return false
}

// Spell writes a chain as "gateway → orders (http POST /orders) → ...".
func Spell(ch []*SyncEdge) string {
	var b strings.Builder
	b.WriteString(ch[0].From)
	for _, e := range ch {
		fmt.Fprintf(&b, " → %s (%s %s)", e.To, e.Protocol, detail(e))
	}
	return b.String()
}

// detail names the endpoint a hop calls: the matched route when known.
func detail(e *SyncEdge) string {
	if e.Endpoint != nil && e.Protocol == "http" {
		return e.Endpoint.String()
	}
	return e.Detail
}
