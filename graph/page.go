package graph

import (
	"fmt"
	"io"
	"slices"
)

// WriteHTML writes g as one self-contained page: the SVG of WriteSVG with
// pan and zoom, a search box, and a panel that shows a clicked service's
// endpoints, findings and longest synchronous chain, whose edges it
// highlights. Nothing on the page is fetched from the network.
func WriteHTML(w io.Writer, g *Graph, o Options) error {
	d := newDrawing(g, o)
	out, err := renderSVG(d, o)
	if err != nil {
		return err
	}
	p := pageOf(g, d)
	if o.Name != "" {
		p.Title = "boundcheck: " + o.Name
	}
	return writeHTML(w, out.data, p)
}

// pageOf is what the page knows of g besides its drawing d.
func pageOf(g *Graph, d *drawing) page {
	// Index the drawing once: each service's node, and the sync edges
	// between each pair of services.
	serviceNode := make(map[string]int)
	hops := make(map[[2]string][]int)
	for i, n := range d.nodes {
		if n.kind == "service" {
			serviceNode[n.key] = i
		}
	}
	for i, e := range d.edges {
		if e.kind == "sync" {
			k := [2]string{d.nodes[e.fi].service, d.nodes[e.ti].service}
			hops[k] = append(hops[k], i)
		}
	}
	p := page{Title: "boundcheck: service map", Services: []pageService{}}
	for _, s := range g.Services {
		ps := pageService{Name: s.Name, Findings: nonNil(s.Findings), Endpoints: nonNil(s.Endpoints), Chain: []string{}, ChainServices: nonNil(s.Chain)}
		if i, ok := serviceNode[s.Name]; ok {
			ps.Node = fmt.Sprintf("n%d", i)
		}
		// At endpoint level a hop is the edge from the endpoint the last
		// hop called to the endpoint this one calls.
		at := func(n node, k int) bool {
			return n.kind != "endpoint" || k < 0 || k >= len(s.ChainEndpoints) || s.ChainEndpoints[k] == "" || n.endpoint == s.ChainEndpoints[k]
		}
		for k := 0; k+1 < len(s.Chain); k++ {
			for _, i := range hops[[2]string{s.Chain[k], s.Chain[k+1]}] {
				e := d.edges[i]
				if at(d.nodes[e.fi], k-1) && at(d.nodes[e.ti], k) {
					if id := fmt.Sprintf("e%d", i); !slices.Contains(ps.Chain, id) {
						ps.Chain = append(ps.Chain, id)
					}
				}
			}
		}
		if g.Cochange != nil {
			ps.Cochange = []string{}
			for _, c := range g.Cochange {
				other := c.B
				if c.B == s.Name {
					other = c.A
				} else if c.A != s.Name {
					continue
				}
				line := fmt.Sprintf("%s: degree %d%%, %d changes", other, c.Degree, c.Shared)
				if c.Hidden {
					line += ", no edge in the model"
				}
				ps.Cochange = append(ps.Cochange, line)
			}
		}
		p.Services = append(p.Services, ps)
	}
	return p
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
