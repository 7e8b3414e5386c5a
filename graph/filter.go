package graph

import (
	"fmt"
	"slices"
)

// A View narrows a graph for people looking at a big system.
type View struct {
	NoExternal bool   // leave out external hosts
	NoData     bool   // leave out datastores and data edges
	Focus      string // keep only what is within Depth edges of this service
	Depth      int    // for Focus; 1 when 0
}

// Narrow returns the part of g the view keeps. A focus on a service the
// graph does not have is an error.
func (g *Graph) Narrow(v View) (*Graph, error) {
	drop := make(map[string]bool)
	for _, r := range g.Resources {
		if v.NoExternal && r.Kind == "external" || v.NoData && isDatastore(r.Kind) {
			drop[r.ID] = true
		}
	}
	var edges []Edge
	for _, e := range g.Edges {
		if drop[e.From] || drop[e.To] || v.NoData && e.Kind == "data" {
			continue
		}
		edges = append(edges, e)
	}
	keep := func(string) bool { return true }
	if v.Focus != "" {
		if !slices.ContainsFunc(g.Services, func(s Service) bool { return s.Name == v.Focus }) {
			return nil, fmt.Errorf("--focus %q: no such service in the graph", v.Focus)
		}
		depth := v.Depth
		if depth <= 0 {
			depth = 1
		}
		near := map[string]bool{v.Focus: true}
		frontier := []string{v.Focus}
		for range depth {
			var next []string
			for _, e := range edges {
				for _, pair := range [][2]string{{e.From, e.To}, {e.To, e.From}} {
					if slices.Contains(frontier, pair[0]) && !near[pair[1]] {
						near[pair[1]] = true
						next = append(next, pair[1])
					}
				}
			}
			frontier = next
		}
		keep = func(n string) bool { return near[n] }
	}
	out := &Graph{Services: []Service{}, Resources: []Resource{}, Edges: []Edge{}}
	for _, s := range g.Services {
		if keep(s.Name) {
			out.Services = append(out.Services, s)
		}
	}
	via := make(map[string]bool) // the topics kept edges go through
	for _, e := range edges {
		if keep(e.From) && keep(e.To) {
			out.Edges = append(out.Edges, e)
			via[e.Via] = true
		}
	}
	for _, r := range g.Resources {
		if !drop[r.ID] && (keep(r.ID) || via[r.ID]) {
			out.Resources = append(out.Resources, r)
		}
	}
	if g.Cochange != nil {
		out.Cochange = []Cochange{}
		for _, c := range g.Cochange {
			if keep(c.A) && keep(c.B) {
				out.Cochange = append(out.Cochange, c)
			}
		}
	}
	return out, nil
}

func isDatastore(kind string) bool {
	return kind == "table" || kind == "database" || kind == "collection"
}

// HasResource reports whether the graph has the resource with the given id.
func (g *Graph) HasResource(id string) bool {
	return slices.ContainsFunc(g.Resources, func(r Resource) bool { return r.ID == id })
}
