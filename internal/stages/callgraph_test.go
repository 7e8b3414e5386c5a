package stages_test

import (
	"fmt"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/go/callgraph"
	"golang.org/x/tools/go/callgraph/cha"
	"golang.org/x/tools/go/callgraph/vta"
	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/go/ssa"
	"golang.org/x/tools/go/ssa/ssautil"

	"github.com/boundcheck/boundcheck/analyzers"
	"github.com/boundcheck/boundcheck/internal/driver"
	"github.com/boundcheck/boundcheck/internal/stages"
	"github.com/boundcheck/boundcheck/model"
	"github.com/boundcheck/boundcheck/rules"
	rtree "github.com/boundcheck/boundcheck/rules/tree"
)

// TestCallGraphComparison measures the interaction model's call graph (a
// class hierarchy analysis over syntax, restricted to the code a service
// runs) against the x/tools CHA and VTA call graphs over SSA: for every
// endpoint, which of the model's outbound calls each finds reachable from
// the handler, and what each costs.
//
// It is a measurement that fails only when VTA reaches a pair ours does
// not (the claim the README makes), and runs only when
// BOUNDCHECK_CALLGRAPH_DIR names a Go repository (the folder boundcheck
// would be run in). BOUNDCHECK_CALLGRAPH_SHOW caps the endpoints whose
// differences are listed (default 40; 0 lists none).
func TestCallGraphComparison(t *testing.T) {
	dir := os.Getenv("BOUNDCHECK_CALLGRAPH_DIR")
	if dir == "" {
		t.Skip("set BOUNDCHECK_CALLGRAPH_DIR to a Go repository to compare the call graphs")
	}
	dir, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	show := 40
	if s := os.Getenv("BOUNDCHECK_CALLGRAPH_SHOW"); s != "" {
		if show, err = strconv.Atoi(s); err != nil {
			t.Fatalf("BOUNDCHECK_CALLGRAPH_SHOW: %v", err)
		}
	}

	ours := loadModel(t, dir)
	progs := loadSSA(t, dir, ours.set.Tree)
	c := compare(t, ours, progs)
	c.report(t, show)
	t.Logf("times:")
	t.Logf("  ours: driver load+analysis %v, Build %v", ours.run.Round(time.Millisecond), ours.build.Round(time.Millisecond))
	var load, build, chaT, vtaT time.Duration
	funcs := 0
	for _, p := range progs {
		load += p.load
		build += p.build
		chaT += p.chaTime
		vtaT += p.vtaTime
		funcs += len(p.funcs)
	}
	t.Logf("  x/tools (%d load(s), %d SSA functions): load (LoadAllSyntax) %v, SSA build %v, CHA %v, VTA (on CHA) %v",
		len(progs), funcs, load.Round(time.Millisecond), build.Round(time.Millisecond), chaT.Round(time.Millisecond), vtaT.Round(time.Millisecond))
	t.Logf("  graph part only: ours %v; SSA+CHA %v; SSA+CHA+VTA %v; reachability queries CHA %v, VTA %v",
		ours.build.Round(time.Millisecond), (build + chaT).Round(time.Millisecond), (build + chaT + vtaT).Round(time.Millisecond),
		c.chaQuery.Round(time.Millisecond), c.vtaQuery.Round(time.Millisecond))
}

// loaded is the interaction model as boundcheck builds it.
type loaded struct {
	set   *rules.Set
	m     *model.Model
	fset  *token.FileSet
	run   time.Duration // driver.Run without Build
	build time.Duration // stages.Model
}

// loadModel runs the driver with the interactions analyzer alone, as
// boundcheck graph does.
func loadModel(t *testing.T, dir string) *loaded {
	t.Helper()
	set, err := rules.Load(dir, analyzers.Specs())
	if err != nil {
		t.Fatal(err)
	}
	set.LoadDeployment()
	out := &loaded{set: set}
	run := stages.For(set, nil, true)
	start := time.Now()
	res, err := driver.Run(driver.Options{Dir: dir, Set: set, Analyzers: run.Analyzers, Stages: run.Stages})
	if err != nil {
		t.Fatal(err)
	}
	out.run = time.Since(start)
	start = time.Now()
	out.m = run.Model(res.Program)
	out.build = time.Since(start)
	if out.m == nil {
		t.Fatal("no model was built")
	}
	out.fset = res.Program.Fset
	t.Logf("ours: %d packages, %d problems, %d endpoints, %d sync edges", res.Packages, len(res.Problems), len(out.m.Endpoints), len(out.m.Sync))
	return out
}

// An ssaProg is one go/packages load with its SSA program and call graphs.
type ssaProg struct {
	fset  *token.FileSet
	files map[string]bool // files of the packages loaded by pattern
	funcs map[*ssa.Function]bool
	// byPos holds the functions by the position of their name or func
	// keyword, byLine by its line; spans the functions with syntax, by
	// file.
	byPos    map[string][]*ssa.Function
	byLine   map[string][]*ssa.Function
	spans    map[string][]span
	cha, vta *callgraph.Graph

	load, build, chaTime, vtaTime time.Duration
}

// A span is the source range of a function's syntax, as file offsets.
type span struct {
	start, end int
	fn         *ssa.Function
}

// loadSSA loads the packages boundcheck would analyse in dir, one load per
// module when dir is above several modules (as the driver does), and builds
// SSA and the CHA and VTA call graphs of each.
func loadSSA(t *testing.T, dir string, tree *rtree.Tree) []*ssaProg {
	t.Helper()
	// Inside a module, one load of dir's packages; above several modules
	// (or at a workspace root that is not one), one per module below dir.
	type load struct{ dir, pattern string }
	var loads []load
	if tree.ModuleOf(dir) != nil {
		loads = append(loads, load{dir, "./..."})
	} else {
		for _, m := range tree.Modules {
			if rtree.Within(m.Dir, dir) {
				loads = append(loads, load{m.Dir, "./..."})
			}
		}
	}
	var out []*ssaProg
	for _, l := range loads {
		p := &ssaProg{fset: token.NewFileSet(), files: make(map[string]bool)}
		start := time.Now()
		cfg := &packages.Config{Mode: packages.LoadAllSyntax | packages.NeedModule, Dir: l.dir, Fset: p.fset}
		pkgs, err := packages.Load(cfg, l.pattern)
		if err != nil {
			t.Logf("x/tools: load %s: %v", l.dir, err)
			continue
		}
		p.load = time.Since(start)
		bad := 0
		packages.Visit(pkgs, nil, func(pkg *packages.Package) {
			if len(pkg.Errors) > 0 || pkg.IllTyped {
				bad++
			}
		})
		for _, pkg := range pkgs {
			for _, f := range pkg.CompiledGoFiles {
				p.files[f] = true
			}
		}

		start = time.Now()
		prog, _ := ssautil.AllPackages(pkgs, ssa.InstantiateGenerics)
		prog.Build()
		p.build = time.Since(start)

		start = time.Now()
		p.cha = cha.CallGraph(prog)
		p.chaTime = time.Since(start)

		start = time.Now()
		p.funcs = ssautil.AllFunctions(prog)
		p.vta = vta.CallGraph(p.funcs, p.cha)
		p.vtaTime = time.Since(start)

		p.index()
		rel, _ := filepath.Rel(dir, l.dir)
		t.Logf("x/tools: %s: %d packages (%d with errors), %d functions; load %v, SSA %v, CHA %v, VTA %v",
			rel, len(pkgs), bad, len(p.funcs), p.load.Round(time.Millisecond), p.build.Round(time.Millisecond),
			p.chaTime.Round(time.Millisecond), p.vtaTime.Round(time.Millisecond))
		out = append(out, p)
	}
	if len(out) == 0 {
		t.Fatal("x/tools: nothing loaded")
	}
	return out
}

// index records the program's functions by position and by source range.
func (p *ssaProg) index() {
	p.byPos = make(map[string][]*ssa.Function)
	p.byLine = make(map[string][]*ssa.Function)
	p.spans = make(map[string][]span)
	for fn := range p.funcs {
		if fn.Pos().IsValid() {
			k := posKey(p.fset, fn.Pos())
			p.byPos[k] = append(p.byPos[k], fn)
			l := lineKey(p.fset, fn.Pos())
			p.byLine[l] = append(p.byLine[l], fn)
		}
		if syn := fn.Syntax(); syn != nil && syn.Pos().IsValid() {
			start, end := p.fset.Position(syn.Pos()), p.fset.Position(syn.End())
			p.spans[start.Filename] = append(p.spans[start.Filename], span{start.Offset, end.Offset, fn})
		}
	}
}

// enclosing returns the innermost functions whose syntax holds the
// position (several when a generic function has instances).
func (p *ssaProg) enclosing(pos token.Position) []*ssa.Function {
	var out []*ssa.Function
	best := -1
	for _, s := range p.spans[pos.Filename] {
		if pos.Offset < s.start || pos.Offset >= s.end {
			continue
		}
		switch size := s.end - s.start; {
		case best < 0 || size < best:
			best, out = size, []*ssa.Function{s.fn}
		case size == best:
			out = append(out, s.fn)
		}
	}
	return out
}

// reachable returns the functions reachable from roots in g, each with
// the caller it was first reached from on a shortest path (nil for the
// roots).
func reachable(g *callgraph.Graph, roots []*ssa.Function) map[*ssa.Function]*ssa.Function {
	from := make(map[*ssa.Function]*ssa.Function)
	var queue []*callgraph.Node
	for _, r := range roots {
		if _, ok := from[r]; ok {
			continue
		}
		from[r] = nil
		if n := g.Nodes[r]; n != nil {
			queue = append(queue, n)
		}
	}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		for _, e := range n.Out {
			if _, ok := from[e.Callee.Func]; !ok {
				from[e.Callee.Func] = n.Func
				queue = append(queue, e.Callee)
			}
		}
	}
	return from
}

// path renders the shortest call path to fn that reachable found.
func path(from map[*ssa.Function]*ssa.Function, fn *ssa.Function) string {
	var names []string
	for f := fn; f != nil; f = from[f] {
		names = append(names, importPath.ReplaceAllString(f.String(), ""))
	}
	slices.Reverse(names)
	return strings.Join(names, " → ")
}

// importPath matches the import path before a package name in a
// function's name.
var importPath = regexp.MustCompile(`(?:[\w.~-]+/)+`)

func posKey(fset *token.FileSet, pos token.Pos) string {
	p := fset.Position(pos)
	return fmt.Sprintf("%s:%d:%d", p.Filename, p.Line, p.Column)
}

func lineKey(fset *token.FileSet, pos token.Pos) string {
	p := fset.Position(pos)
	return fmt.Sprintf("%s:%d", p.Filename, p.Line)
}

// A comparison holds, per endpoint, the calls each graph reaches.
type comparison struct {
	root     string
	rows     []row
	calls    map[string]string // call (file:line) → what it calls
	unmapped int               // endpoints none of whose entries SSA has
	noEntry  int               // endpoints without entries
	chaQuery time.Duration
	vtaQuery time.Duration
	chaFuncs int // functions reachable from the entries, summed
	vtaFuncs int
}

type row struct {
	ep               *model.ServiceEndpoint
	where            string
	ours, cha, vta   map[string]bool
	chaPath, vtaPath map[string]string // a shortest path to each call reached
	universe         []string          // the service's outbound calls
	mappedEntries    int
	unmappedEntryPos []string
}

// compare computes, for each endpoint with entries, the outbound calls of
// its service each graph reaches from the entries.
func compare(t *testing.T, ours *loaded, progs []*ssaProg) *comparison {
	t.Helper()
	c := &comparison{root: ours.set.Root, calls: make(map[string]string)}
	// The outbound calls of each service, and where SSA puts them.
	byService := make(map[string]map[string]token.Position)
	for _, e := range ours.m.Sync {
		k := lineKey(ours.fset, e.Call.Pos)
		if byService[e.From] == nil {
			byService[e.From] = make(map[string]token.Position)
		}
		byService[e.From][k] = ours.fset.Position(e.Call.Pos)
		d := e.To + " " + e.Detail
		if old := c.calls[k]; old != "" && !strings.Contains(old, d) {
			d = old + ", " + d
		}
		c.calls[k] = d
	}
	// The functions that make each call, per program (memoized).
	type progCall struct {
		p *ssaProg
		k string
	}
	makers := make(map[progCall][]*ssa.Function)
	makersOf := func(p *ssaProg, k string, pos token.Position) []*ssa.Function {
		pc := progCall{p, k}
		if fns, ok := makers[pc]; ok {
			return fns
		}
		fns := p.enclosing(pos)
		makers[pc] = fns
		return fns
	}

	for _, ep := range ours.m.Endpoints {
		if len(ep.Entries) == 0 {
			c.noEntry++
			t.Logf("  no entries: %s %s (%s)", ep.Service, ep.String(), c.rel(ours.fset.Position(ep.Pos).String()))
			continue
		}
		r := row{ep: ep, where: ours.fset.Position(ep.Pos).String(), ours: make(map[string]bool),
			cha: make(map[string]bool), vta: make(map[string]bool), chaPath: make(map[string]string), vtaPath: make(map[string]string)}
		for k := range byService[ep.Service] {
			r.universe = append(r.universe, k)
		}
		sort.Strings(r.universe)
		for _, e := range ep.Reach {
			r.ours[lineKey(ours.fset, e.Call.Pos)] = true
		}
		// The programs to query: those that load the registering file.
		regFile := ours.fset.Position(ep.Pos).Filename
		var use []*ssaProg
		for _, p := range progs {
			if p.files[regFile] {
				use = append(use, p)
			}
		}
		if len(use) == 0 {
			use = progs
		}
		for _, p := range use {
			var roots []*ssa.Function
			for _, n := range ep.Entries {
				var pos token.Pos
				name := ""
				switch n := n.(type) {
				case *types.Func:
					pos, name = n.Pos(), n.Name()
				case token.Pos:
					pos = n
				}
				fns := p.byPos[posKey(ours.fset, pos)]
				if len(fns) == 0 && name != "" {
					// A function of a dependency, whose position
					// the driver read from export data: the line
					// only.
					for _, fn := range p.byLine[lineKey(ours.fset, pos)] {
						if fn.Name() == name {
							fns = append(fns, fn)
						}
					}
				}
				if len(fns) == 0 {
					r.unmappedEntryPos = append(r.unmappedEntryPos, fmt.Sprint(ours.fset.Position(pos)))
					continue
				}
				r.mappedEntries++
				roots = append(roots, fns...)
			}
			if len(roots) == 0 {
				continue
			}
			start := time.Now()
			chaReach := reachable(p.cha, roots)
			c.chaQuery += time.Since(start)
			start = time.Now()
			vtaReach := reachable(p.vta, roots)
			c.vtaQuery += time.Since(start)
			c.chaFuncs += len(chaReach)
			c.vtaFuncs += len(vtaReach)
			for k, pos := range byService[ep.Service] {
				for _, fn := range makersOf(p, k, pos) {
					if _, ok := chaReach[fn]; ok && !r.cha[k] {
						r.cha[k] = true
						r.chaPath[k] = path(chaReach, fn)
					}
					if _, ok := vtaReach[fn]; ok && !r.vta[k] {
						r.vta[k] = true
						r.vtaPath[k] = path(vtaReach, fn)
					}
				}
			}
		}
		if r.mappedEntries == 0 {
			c.unmapped++
		}
		c.rows = append(c.rows, r)
	}
	return c
}

// rel returns a file name (or file:line) relative to the root, when it
// is below it.
func (c *comparison) rel(name string) string {
	if r, err := filepath.Rel(c.root, name); err == nil && !strings.HasPrefix(r, "..") {
		return r
	}
	return name
}

// report logs the endpoints whose sets differ and the totals.
func (c *comparison) report(t *testing.T, show int) {
	t.Helper()
	rel := c.rel
	var tot struct {
		endpoints, universe       int
		ours, cha, vta            int
		oursNotCHA, chaNotOurs    int
		oursNotVTA, vtaNotOurs    int
		vtaNotCHA, allThree       int
		differ, endpointsEmptyAll int
	}
	shown, listed := 0, 0
	for _, r := range c.rows {
		tot.endpoints++
		tot.universe += len(r.universe)
		var lines []string
		for _, k := range r.universe {
			o, ch, v := r.ours[k], r.cha[k], r.vta[k]
			tot.ours += b2i(o)
			tot.cha += b2i(ch)
			tot.vta += b2i(v)
			tot.oursNotCHA += b2i(o && !ch)
			tot.chaNotOurs += b2i(ch && !o)
			tot.oursNotVTA += b2i(o && !v)
			tot.vtaNotOurs += b2i(v && !o)
			tot.vtaNotCHA += b2i(v && !ch)
			tot.allThree += b2i(o && ch && v)
			if o != ch || o != v {
				lines = append(lines, fmt.Sprintf("      %s %s %s  %s  → %s", mark(o, "ours"), mark(ch, "cha"), mark(v, "vta"), rel(k), c.calls[k]))
				// The path of the most precise graph that reaches the
				// call and ours does not, or CHA's when only it does.
				switch {
				case v && !o:
					lines = append(lines, "          VTA: "+r.vtaPath[k])
				case ch && !v:
					lines = append(lines, "          CHA: "+r.chaPath[k])
				}
			}
		}
		if len(r.ours) == 0 && len(r.cha) == 0 && len(r.vta) == 0 {
			tot.endpointsEmptyAll++
		}
		if len(lines) > 0 {
			tot.differ++
		}
		if len(lines) == 0 && len(r.unmappedEntryPos) == 0 {
			continue
		}
		if listed++; shown >= show {
			continue
		}
		shown++
		t.Logf("  %s %s (%s; entries mapped %d/%d) ours %d, CHA %d, VTA %d of %d calls:",
			r.ep.Service, r.ep.String(), rel(r.where), r.mappedEntries, len(r.ep.Entries), len(r.ours), len(r.cha), len(r.vta), len(r.universe))
		for _, u := range r.unmappedEntryPos {
			t.Logf("      entry not in SSA: %s", rel(u))
		}
		for _, l := range lines {
			t.Log(l)
		}
	}
	if listed > shown {
		t.Logf("  ... and %d more endpoints (BOUNDCHECK_CALLGRAPH_SHOW=%d lists them)", listed-shown, listed)
	}
	avg := func(n int) string {
		if tot.endpoints == 0 {
			return "0"
		}
		return strconv.Itoa(n / tot.endpoints)
	}
	t.Logf("totals: %d endpoints with entries (%d without, %d whose entries SSA lacks), %d differ, %d reach no call in any graph; %d (endpoint, call) candidate pairs",
		tot.endpoints, c.noEntry, c.unmapped, tot.differ, tot.endpointsEmptyAll, tot.universe)
	t.Logf("  pairs found: ours %d, CHA %d, VTA %d, all three %d", tot.ours, tot.cha, tot.vta, tot.allThree)
	t.Logf("  ours∖CHA %d, CHA∖ours %d; ours∖VTA %d, VTA∖ours %d; VTA∖CHA %d", tot.oursNotCHA, tot.chaNotOurs, tot.oursNotVTA, tot.vtaNotOurs, tot.vtaNotCHA)
	t.Logf("  functions reachable per endpoint (mean): CHA %s, VTA %s", avg(c.chaFuncs), avg(c.vtaFuncs))
	// The one claim the README makes from this measurement: what VTA, the
	// more precise x/tools graph, finds, ours finds too.
	if tot.vtaNotOurs > 0 {
		t.Errorf("%d (endpoint, call) pairs VTA reaches and our call graph does not", tot.vtaNotOurs)
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func mark(b bool, name string) string {
	if b {
		return name
	}
	return strings.Repeat("-", len(name))
}
