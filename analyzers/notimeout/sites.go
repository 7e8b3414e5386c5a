package notimeout

import (
	"fmt"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/boundcheck/boundcheck/internal/dispatch"
	"github.com/boundcheck/boundcheck/rules/catalog"
)

// This file is the part of the whole-program step that follows calls
// through interfaces. Inside a package the analyzer sees only static calls;
// a call of an interface method reaches whatever implementations the
// program makes, which only the whole program shows. Each package records
// its sinks, its calls that pass a value without a known limit, and the
// types it makes; ResolveInterfaces joins them.

// A Site is a call that passes a context, request, *gorm.DB or transaction
// without a known limit.
type Site struct {
	Pos, End token.Pos
	Callee   *types.Func // the function or interface method called
	Iface    types.Type  // the interface, for a call of an interface method
	Caller   *types.Func // the named function the call is in, if any
	Args     []SiteArg
	Quiet    bool // in a _test.go or generated file: followed, not reported
}

// A SiteArg is one argument of a Site and what the analyzer knows of it.
type SiteArg struct {
	Index int
	Kind  string
	State int       // unbounded, incoming, or param (of Caller, at Param)
	Gin   bool      // incoming: a *gin.Context (see Pending.GinContext)
	Why   string    // unbounded: what it is
	At    token.Pos // unbounded: where it comes from
	Param int
}

// kindOf returns the kind of value a parameter of type t carries, or "".
func kindOf(t types.Type) string {
	switch {
	case catalog.IsContext(t):
		return kindCtx
	case catalog.IsNamed(t, catalog.NetHTTPPath, "Request"):
		return kindRequest
	case catalog.IsNamed(t, catalog.GormPath, "DB"):
		return kindGorm
	case catalog.IsNamed(t, "database/sql", "Tx"), catalog.IsNamed(t, catalog.SQLXPath, "Tx"):
		return kindSQLTx
	}
	return ""
}

// record keeps a call of an interface method, or of a named function, that
// passes values of a sink kind without a known limit.
func (c *checker) record(fn *ssa.Function, call ssa.CallInstruction, f *types.Func) {
	common := call.Common()
	sig, ok := f.Type().(*types.Signature)
	if !ok || (!common.IsInvoke() && staticCallee(common) == nil) {
		return
	}
	as := args(common)
	var kept []SiteArg
	for i := 0; i < sig.Params().Len() && i < len(as); i++ {
		kind := kindOf(sig.Params().At(i).Type())
		if kind == "" {
			continue
		}
		v := evaluators[kind](c, as[i])
		a := SiteArg{Index: i, Kind: kind, State: int(v.state)}
		switch v.state {
		case unbounded:
			a.Why, a.At = v.why, v.pos
		case incoming:
			a.Gin = v.gin
		case param:
			if v.fn.Parent() != nil && within(fn, v.fn) {
				// A closure's context: what the function it is handed to
				// passes it.
				w, ok := c.closureContext(v.fn, v.index)
				if !ok || w.state == param && (w.fn.Parent() != nil || !within(fn, w.fn)) {
					continue
				}
				v = w
				a.State = int(v.state)
				if v.state == unbounded {
					a.Why, a.At = v.why, v.pos
					break
				}
				if v.state != param {
					break
				}
			}
			if _, ok := v.fn.Object().(*types.Func); !ok || v.fn.Parent() != nil || !within(fn, v.fn) {
				continue
			}
			a.Param = v.index
			a.Kind = v.kind
			kept = append(kept, a)
			continue
		default:
			continue
		}
		kept = append(kept, a)
	}
	if len(kept) == 0 {
		return
	}
	s := Site{Pos: call.Pos(), Callee: f, Args: kept}
	if ce := c.callExpr(call.Pos()); ce != nil {
		s.Pos, s.End = c.callStart(ce), ce.End()
	}
	s.Quiet = c.quiet(s.Pos)
	if common.IsInvoke() {
		s.Iface = common.Value.Type()
	}
	for top := fn; top != nil; top = top.Parent() {
		if obj, ok := top.Object().(*types.Func); ok && top.Parent() == nil {
			s.Caller = obj
		}
	}
	c.result.Sites = append(c.result.Sites, s)
}

// made records a named type the package makes outside tests.
func (c *checker) made(fn *ssa.Function, t types.Type, pos token.Pos) {
	if !pos.IsValid() {
		pos = fn.Pos()
	}
	top := fn
	for top.Parent() != nil {
		top = top.Parent()
	}
	in, _ := top.Object().(*types.Func)
	c.madeType(in, t, pos)
}

// A found is a finding of the whole-program step, before the service check
// that incoming request contexts need.
type found struct {
	path     string // the package it is in
	d        analysis.Diagnostic
	hint     string
	incoming bool
	gin      bool     // incoming: on a *gin.Context
	services []string // the services of path it is about, when not all (conditionServices)
}

// conditionServices returns, when every reach of rs holds only on a
// condition (Reach.If), the services among svcs that meet one: the
// finding is about them alone. Nil when a reach holds whatever the
// program does.
func conditionServices(rs []Reach, svcs []string, holds func(cond string, svcs []string) bool) []string {
	if holds == nil {
		return nil
	}
	var out []string
	for _, r := range rs {
		if r.If == "" {
			return nil
		}
		for _, s := range svcs {
			if holds(r.If, []string{s}) && !slices.Contains(out, s) {
				out = append(out, s)
			}
		}
	}
	slices.Sort(out)
	return out
}

// resolveInterfaces follows the recorded calls of interface methods to
// the implementations the program makes, and on from there through the
// static calls of functions that become sinks that way. It returns the
// findings the per-package analysis could not make, and every sink of the
// program, those found through interfaces included.
func resolveInterfaces(fset *token.FileSet, results map[string]*Result, services func(pkg string) []string, runs func(pkg, svc string) bool, holds func(cond string, svcs []string) bool) ([]found, map[*types.Func][]SinkParam, implsOf) {
	sinks := make(map[*types.Func][]SinkParam)
	// The types the program makes, in code that runs, are the candidates
	// of interface calls (package dispatch states the rule).
	var made dispatch.Index
	static := make(map[*types.Func][]siteIn)
	dynamic := make(map[string][]siteIn) // interface calls by method name
	paths := make([]string, 0, len(results))
	for path := range results {
		paths = append(paths, path)
	}
	slices.Sort(paths)
	refs := make(map[*types.Func][]string) // the packages that name a function
	for _, path := range paths {
		for f := range results[path].Refs {
			refs[f] = append(refs[f], path)
		}
	}
	for _, path := range paths {
		r := results[path]
		for f, ps := range r.Sinks {
			sinks[f] = ps
		}
		for _, m := range r.Made {
			if n, ok := m.Type.Type().(*types.Named); ok {
				for _, scope := range m.scopes(path, refs) {
					made.Add(n, scope)
				}
			}
		}
		for i := range r.Sites {
			s := siteIn{path, &r.Sites[i]}
			if s.Iface != nil {
				dynamic[s.Callee.Name()] = append(dynamic[s.Callee.Name()], s)
			} else {
				static[s.Callee] = append(static[s.Callee], s)
			}
		}
	}
	// The sinks found per package that an interface call reaches; in a
	// stable order, by full name: the first implementation to make a
	// caller a sink names the call in its messages.
	first := make(map[*types.Func]bool, len(sinks))
	for f := range sinks {
		first[f] = true
	}
	reach := make(map[*Site][]*types.Func)
	targets := func(s siteIn) []*types.Func {
		fs, ok := reach[s.Site]
		if !ok {
			fs = made.Targets(s.Iface, s.Callee, sameService(services, runs, s.path))
			slices.SortFunc(fs, func(a, b *types.Func) int { return strings.Compare(a.FullName(), b.FullName()) })
			fs = slices.Compact(fs)
			reach[s.Site] = fs
		}
		return fs
	}

	r := &resolver{sinks: sinks, static: static, services: services, runs: runs, holds: holds}
	r.clients(results, paths)
	names := make([]string, 0, len(dynamic))
	for name := range dynamic {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		for _, s := range dynamic[name] {
			for _, f := range targets(s) {
				if first[f] {
					r.apply(s, f, sinks[f])
				}
			}
		}
	}
	for len(r.queue) > 0 {
		n := r.queue[0]
		r.queue = r.queue[1:]
		for _, s := range static[n.f] {
			r.apply(s, n.f, []SinkParam{n.p})
		}
		if sig := n.f.Type().(*types.Signature); sig.Recv() != nil {
			for _, s := range dynamic[n.f.Name()] {
				if slices.Contains(targets(s), n.f) {
					r.apply(s, n.f, []SinkParam{n.p})
				}
			}
		}
	}
	r.finish(fset)
	impls := func(m *types.Func, path string) []*types.Func {
		recv := m.Type().(*types.Signature).Recv()
		if recv == nil || !types.IsInterface(recv.Type()) {
			return nil
		}
		fs := made.Targets(recv.Type(), m, sameService(services, runs, path))
		slices.SortFunc(fs, func(a, b *types.Func) int { return strings.Compare(a.FullName(), b.FullName()) })
		return slices.Compact(fs)
	}
	return r.out, r.sinks, impls
}

// implsOf returns the methods an interface's method m stands for in
// package path: those of the types the program makes that the package's
// services run (none for a method of no interface).
type implsOf func(m *types.Func, path string) []*types.Func

// sameService returns the filter of the types an interface call in
// package path may reach: those made in packages that a service of
// path's package runs (its own, what it imports). A service does not run
// another's code, so an implementation only another service links is no
// target. Nil (all) when path belongs to no service, or services is nil.
func sameService(services func(pkg string) []string, runs func(pkg, svc string) bool, path string) func(scope string) bool {
	if services == nil || runs == nil {
		return nil
	}
	mine := services(path)
	if len(mine) == 0 {
		return nil
	}
	return runBy(mine, services, runs)
}

// runBy returns whether a package's code can run in a service among
// svcs: one of them runs it, or no service owns or uses it (no reason to
// drop it).
func runBy(svcs []string, services func(pkg string) []string, runs func(pkg, svc string) bool) func(pkg string) bool {
	return func(pkg string) bool {
		if len(services(pkg)) == 0 {
			return true
		}
		for _, s := range svcs {
			if runs(pkg, s) {
				return true
			}
		}
		return false
	}
}

// serviceReaches returns the reaches of rs that a service among svcs can
// make: in a package it runs, or in one no service owns or uses. An
// interface call in shared code (an event dispatcher) reaches every
// service's implementations; a handler of one service makes only its
// own. All of rs when svcs is empty or runs is nil.
//
// A reach that holds only on a condition (Reach.If) is kept when holds
// says one of svcs meets it (nil: never).
func serviceReaches(rs []Reach, svcs []string, services func(pkg string) []string, runs func(pkg, svc string) bool, holds func(cond string, svcs []string) bool) []Reach {
	var out []Reach
	for _, r := range rs {
		if r.If != "" && (holds == nil || !holds(r.If, svcs)) {
			continue
		}
		out = append(out, r)
	}
	if len(svcs) == 0 || runs == nil || services == nil {
		return out
	}
	run := runBy(svcs, services, runs)
	return slices.DeleteFunc(out, func(r Reach) bool { return r.Pkg != "" && !run(r.Pkg) })
}

type siteIn struct {
	path string
	*Site
}

type newSink struct {
	f *types.Func
	p SinkParam
}

type resolver struct {
	sinks   map[*types.Func][]SinkParam
	static  map[*types.Func][]siteIn
	queue   []newSink
	pending []pendingFound
	index   map[string]int // pending's findings by call, callee and context
	out     []found
	seen    map[string]bool // the findings on clients from elsewhere, made once
	// services and runs say which services a package belongs to and
	// which packages a service runs (nil: every reach is kept).
	services func(pkg string) []string
	runs     func(pkg, svc string) bool
	holds    func(cond string, svcs []string) bool // which conditions of reaches the services meet (Reach.If)
}

// apply judges the call s of a function (an implementation, for an
// interface call) whose parameters ps reach outbound calls.
func (r *resolver) apply(s siteIn, f *types.Func, ps []SinkParam) {
	for _, p := range ps {
		for _, a := range s.Args {
			if a.Index != p.Index || a.Kind != p.Kind {
				continue
			}
			switch state(a.State) {
			case param:
				r.addSink(s.Caller, SinkParam{Index: a.Param, Kind: a.Kind, Reaches: p.Reaches})
			case unbounded, incoming:
				if s.Quiet {
					continue
				}
				// One finding per call, callee and context, naming every
				// implementation and every outbound call any of them
				// reaches.
				key := fmt.Sprint(s.path, "\x00", s.Pos, "\x00", shortName(s.Callee), "\x00", a.State, "\x00", a.Why, "\x00", p.Kind)
				if i, ok := r.index[key]; ok {
					pf := &r.pending[i]
					pf.reaches.addReaches(p.Reaches)
					if s.Iface != nil && !slices.Contains(pf.impls, shortName(f)) {
						pf.impls = append(pf.impls, shortName(f))
					}
					continue
				}
				if r.index == nil {
					r.index = make(map[string]int)
				}
				r.index[key] = len(r.pending)
				q := SinkParam{Kind: p.Kind}
				q.addReaches(p.Reaches)
				pf := pendingFound{s: s, a: a, reaches: q}
				if s.Iface != nil {
					pf.impls = []string{shortName(f)}
				}
				r.pending = append(r.pending, pf)
			}
		}
	}
}

// incomingWhy is what a finding says of an incoming request's context.
const incomingWhy = "the incoming request's context, which has no deadline"

// A pendingFound is a finding of the whole-program step, made once every
// outbound call it reaches is known.
type pendingFound struct {
	s       siteIn
	a       SiteArg
	impls   []string  // for an interface call, the implementations that reach the calls, in the order found
	reaches SinkParam // Kind and Reaches
}

// via names the callee of pf's call: the interface method and the
// implementations that reach outbound calls.
func (pf *pendingFound) via() string {
	via := shortName(pf.s.Callee)
	if len(pf.impls) > 0 {
		impls := slices.Clone(pf.impls)
		slices.Sort(impls)
		via += " (" + strings.Join(impls, ", ") + ")"
	}
	return via
}

// finish makes the findings apply kept, with a related position for each
// outbound call whose file is in fset (nil: none).
func (r *resolver) finish(fset *token.FileSet) {
	var files map[string]*token.File
	for _, pf := range r.pending {
		s, a := pf.s, pf.a
		var svcs []string
		if r.services != nil {
			svcs = r.services(s.path)
		}
		reaches := serviceReaches(pf.reaches.Reaches, svcs, r.services, r.runs, r.holds)
		if len(reaches) == 0 {
			continue // only other services' code: no call of this one
		}
		only := conditionServices(reaches, svcs, r.holds)
		why := a.Why
		if state(a.State) == incoming {
			why = incomingWhy
		}
		d := analysis.Diagnostic{Pos: s.Pos, End: s.End, Message: fmt.Sprintf("%s is given %s; it reaches %s", pf.via(), why, reachText(reaches))}
		if state(a.State) == unbounded && a.At.IsValid() && a.At != s.Pos {
			d.Related = []analysis.RelatedInformation{{Pos: a.At, Message: "the context comes from here"}}
		}
		if fset != nil {
			if files == nil {
				files = fileIndex(fset)
			}
			d.Related = append(d.Related, reachRelated(files, reaches)...)
		}
		r.out = append(r.out, found{path: s.path, d: d, hint: hint(outcome{proto: "sink", kind: pf.reaches.Kind}), incoming: state(a.State) == incoming, gin: a.Gin, services: only})
	}
}

// addSink records that parameter p of f reaches outbound calls, and queues
// f's callers when that is news.
func (r *resolver) addSink(f *types.Func, p SinkParam) {
	if f == nil {
		return
	}
	ps := r.sinks[f]
	if i := slices.IndexFunc(ps, func(q SinkParam) bool { return q.Index == p.Index }); i >= 0 {
		q := ps[i]
		q.Reaches = slices.Clone(q.Reaches) // the package's result shares the array
		if !q.addReaches(p.Reaches) {
			return
		}
		ps = slices.Clone(ps)
		ps[i] = q
		r.sinks[f] = ps
		r.queue = append(r.queue, newSink{f, q})
		return
	}
	q := SinkParam{Index: p.Index, Kind: p.Kind, Conn: p.Conn}
	q.addReaches(p.Reaches)
	r.sinks[f] = append(slices.Clip(ps), q)
	r.queue = append(r.queue, newSink{f, q})
}
