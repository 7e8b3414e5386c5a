package graph

import (
	"fmt"
	"slices"
)

// A Finding is a check's finding as the graph shows it: on the service it
// is in, and on the edges whose call it is at (or one of its related
// positions: the later hops of a chain).
type Finding struct {
	Analyzer string
	Message  string
	Service  string
	File     string
	Line     int
	Related  []Position
	// Resource is the id of the resource the finding is about, if any (a
	// shared database): it is drawn red, and so are the service's data
	// edges to it.
	Resource string
}

// A Position is a file and line, as the graph's edges have them.
type Position struct {
	File string
	Line int
}

// Mark attaches findings to the services and edges they concern; the
// writers draw those red, with the findings in their tooltips.
func (g *Graph) Mark(fs []Finding) {
	services := make(map[string]int)
	for i, s := range g.Services {
		services[s.Name] = i
	}
	for _, f := range fs {
		text := f.Analyzer + ": " + f.Message
		// A service lists each finding once with where it is, so that two
		// findings with one message are two, as check counts them.
		at := fmt.Sprintf("%s (%s:%d)", text, f.File, f.Line)
		if i, ok := services[f.Service]; ok && !slices.Contains(g.Services[i].Findings, at) {
			g.Services[i].Findings = append(g.Services[i].Findings, at)
		}
		positions := append([]Position{{f.File, f.Line}}, f.Related...)
		for i := range g.Edges {
			e := &g.Edges[i]
			on := slices.Contains(positions, Position{e.File, e.Line}) || f.Resource != "" && e.To == f.Resource && e.From == f.Service
			if on && !slices.Contains(e.Findings, text) {
				e.Findings = append(e.Findings, text)
			}
		}
		for i := range g.Resources {
			r := &g.Resources[i]
			if f.Resource != "" && r.ID == f.Resource && !slices.Contains(r.Findings, at) {
				r.Findings = append(r.Findings, at)
			}
		}
	}
}
