package syncchain

import (
	_ "embed"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"

	"github.com/boundcheck/boundcheck/analyzers/check"
	"github.com/boundcheck/boundcheck/model"
	"github.com/boundcheck/boundcheck/rules/config"
)

// Check is the syncchain check. It has no per-package analyzer: chains
// exist only in the whole program, where its step finds them in the
// system model.
var Check = &check.Check{
	Name:       name,
	Doc:        check.DocFromSource(docSource),
	Program:    program,
	NeedsModel: true,
	Settings:   []*config.Setting{MaxDepth},
}

const name = "syncchain"

// MaxDepth is rules.syncchain.max-depth: the longest chain, in hops, that
// is not reported.
var MaxDepth = &config.Setting{
	Name:    "max-depth",
	Kind:    config.IntSetting,
	Default: 3,
	Min:     1,
	Doc:     "the most synchronous hops a chain may have before it is reported",
}

//go:embed doc.go
var docSource string

// program reports the long chains and the cycles of the system model.
func program(p *check.Program) {
	for _, r := range Find(p.Model, p.Set.Int(name, MaxDepth)) {
		p.Report(r.Pkg, r.Diag)
	}
}

// A Report is one finding: the package of the call it is reported at,
// and the diagnostic.
type Report struct {
	Pkg  string
	Diag analysis.Diagnostic
}

// perService is the availability assumed for each service: a chain of n
// hops runs through n+1 services, each of which must be up.
const perService = 0.999

// Find finds the chains longer than maxDepth and the cycles in m.
func Find(m *model.Model, maxDepth int) []Report {
	var out []Report
	for _, ch := range model.Chains(m, maxDepth) {
		out = append(out, chainReport(ch, maxDepth))
	}
	for _, cy := range Cycles(m) {
		out = append(out, cycleReport(cy))
	}
	return out
}

func chainReport(ch []*model.SyncEdge, maxDepth int) Report {
	services := len(ch) + 1
	avail := math.Pow(perService, float64(services)) * 100
	return hopsReport(ch, fmt.Sprintf("synchronous chain of %d hops, more than max-depth %d: %s; composite availability %.2f%%: %d services in series at %.1f%% each%s; make a hop asynchronous or move the work",
		len(ch), maxDepth, model.Spell(ch), avail, services, perService*100, deadlines(ch)))
}

// hopsReport reports msg at the first hop's site, with every later hop's
// site as related information.
func hopsReport(hops []*model.SyncEdge, msg string) Report {
	d := analysis.Diagnostic{Pos: hops[0].Site, Message: msg}
	for _, e := range hops[1:] {
		d.Related = append(d.Related, analysis.RelatedInformation{Pos: e.Site, Message: fmt.Sprintf("%s calls %s", e.From, e.To)})
	}
	return Report{Pkg: hops[0].SitePkg, Diag: d}
}

// deadlines names the hops whose time limit is shorter than the sum of
// the limits known below them: the caller gives up while the callee's
// callees may still be working. A hop with a deadline whose length no
// constant says (Call.Deadline without Call.Timeout: context.WithDeadline)
// has a limit, but one that can be compared with nothing.
func deadlines(ch []*model.SyncEdge) string {
	var notes []string
	for i, e := range ch {
		if e.Call.Timeout == 0 {
			continue
		}
		var below time.Duration
		for _, f := range ch[i+1:] {
			below += f.Call.Timeout
		}
		if below > e.Call.Timeout {
			notes = append(notes, fmt.Sprintf("%s gives %s %s, less than the %s its callees may take", e.From, e.To, e.Call.Timeout, below))
		}
	}
	if len(notes) == 0 {
		return ""
	}
	return "; " + strings.Join(notes, "; ")
}

// Cycles returns the shortest synchronous cycle between services through
// each service that is on one, each cycle once, starting at its first
// service by name.
func Cycles(m *model.Model) [][]*model.SyncEdge {
	out := make(map[string][]*model.SyncEdge)
	adj := make(map[string][]*model.SyncEdge)
	var services []string
	for _, e := range m.Sync {
		if e.External() || e.From == e.To {
			continue
		}
		if len(adj[e.From]) == 0 {
			services = append(services, e.From)
		}
		adj[e.From] = append(adj[e.From], e)
	}
	slices.Sort(services)
	for _, s := range services {
		cy := shortestCycle(adj, s)
		if cy == nil {
			continue
		}
		cy = rotate(cy)
		k := strings.Join(names(cy), " ")
		if _, ok := out[k]; !ok {
			out[k] = cy
		}
	}
	keys := make([]string, 0, len(out))
	for k := range out {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var cycles [][]*model.SyncEdge
	for _, k := range keys {
		cycles = append(cycles, out[k])
	}
	return cycles
}

// shortestCycle finds by breadth-first search the shortest path of edges
// from s back to s.
func shortestCycle(adj map[string][]*model.SyncEdge, s string) []*model.SyncEdge {
	prev := map[string]*model.SyncEdge{}
	queue := []string{s}
	for len(queue) > 0 {
		u := queue[0]
		queue = queue[1:]
		for _, e := range adj[u] {
			if e.To == s {
				path := []*model.SyncEdge{e}
				for v := u; v != s; v = prev[v].From {
					path = append(path, prev[v])
				}
				slices.Reverse(path)
				return path
			}
			if _, ok := prev[e.To]; ok || e.To == s {
				continue
			}
			prev[e.To] = e
			queue = append(queue, e.To)
		}
	}
	return nil
}

// rotate starts a cycle at its first service by name.
func rotate(cy []*model.SyncEdge) []*model.SyncEdge {
	first := 0
	for i, e := range cy {
		if e.From < cy[first].From {
			first = i
		}
	}
	return append(slices.Clone(cy[first:]), cy[:first]...)
}

func names(cy []*model.SyncEdge) []string {
	var out []string
	for _, e := range cy {
		out = append(out, e.From)
	}
	return out
}

func cycleReport(cy []*model.SyncEdge) Report {
	return hopsReport(cy, "synchronous cycle between services: "+model.Spell(cy)+"; neither can be deployed or fail alone; break the cycle with an event or move the shared work")
}
