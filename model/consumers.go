package model

import (
	"cmp"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"strings"

	"github.com/boundcheck/boundcheck/internal/values"
	"github.com/boundcheck/boundcheck/rules/catalog"
	"github.com/boundcheck/boundcheck/rules/sqltables"
)

// A Consumer is one place a service consumes a broker destination, and
// what its handling of a message can reach in the service's code: the
// effects a second delivery of the same message would make again, and
// the guards that keep it from doing so.
type Consumer struct {
	Ref    *MessageRef
	Topics []*Topic // the destinations it consumes, by id
	// Entries are where the handling starts: the handlers the consume
	// hands its messages to (an interface's method resolved to the
	// service's implementations), or, for a consume in a loop, what the
	// part of its function that handles a message (Message.HandleFrom to
	// HandleTo) calls, whose own effects count too.
	Entries []Node
	Effects []*Effect // by position
	// Vouched is the reason of a //boundcheck:idempotent directive on a
	// handler or on the consume's line: the author says the handling is
	// idempotent.
	Vouched string
	// Guards are what in the handling can tell a message seen before, by
	// position. Effect.Guard says which one covers an effect.
	Guards []*Guard
}

// HandlingUnknown reports whether the consume hands its messages to a
// handler that could not be told (a function value handed in): what its
// handling does is not known.
func (c *Consumer) HandlingUnknown() bool {
	return len(c.Ref.Handlers) == 0 && !c.Ref.Loop()
}

// Bare returns the effects of c that repeat and that no guard covers:
// with sure, those its handling reaches without a guess; else those it
// reaches only through a guess (Effect.Sure).
func (c *Consumer) Bare(sure bool) []*Effect {
	var out []*Effect
	for _, e := range c.Effects {
		if e.Repeats && e.Guard == nil && e.Sure == sure {
			out = append(out, e)
		}
	}
	return out
}

// TopicIDs returns the ids of the destinations c consumes.
func (c *Consumer) TopicIDs() []string {
	ids := make([]string, len(c.Topics))
	for i, t := range c.Topics {
		ids[i] = t.ID
	}
	return ids
}

// A Guard is one thing in a consumer's handling that can tell a message
// seen before: a claim (a write that succeeds once per key and says so:
// Redis SETNX, an insert with ON CONFLICT DO NOTHING); a test of a
// duplicate-key error (mongo.IsDuplicateKeyError, pgErr.Code ==
// "23505"), which makes the insert before it the claim; an inbox (a read
// of a table the handling also inserts into: seen? else record it);
// watermill's Deduplicator middleware, which drops a message seen before
// the handler runs.
type Guard struct {
	Kind  string       // "claim", "duplicate key", "inbox" or "deduplicator"
	Write *TableAccess // the claim's write, the inbox's read
	Pos   token.Pos
	Func  Node
	At    Path // how the handling reaches it
	// Flaw says why the guard guards nothing, when it does not: "its key
	// is a constant: it does not tell one message from another".
	Flaw string
}

// A Path is how a consumer's handling reaches a place: the function it
// starts in (From) and the calls from there to the place's function.
type Path struct {
	From  Node
	Calls []Step
}

// A Step is one step of a Path: the call at Pos, into To.
type Step struct {
	Pos token.Pos
	To  Node
}

// An Effect is one thing a consumer's handling does beyond its own
// process: a write of a table, collection or Redis key, a publish, or a
// call of another service.
type Effect struct {
	Kind  string       // "write", "publish" or "call"
	Write *TableAccess // Kind "write"; Resource is "" when its database is not known
	Pub   *MessageRef  // Kind "publish"
	Call  *SyncEdge    // Kind "call"
	Pos   token.Pos    // the statement, publish or call
	Func  Node         // the function that makes it
	At    Path         // how the handling reaches it
	// Sure says that the handling reaches the effect without a guess: no
	// call on the way is of an interface method that the service's types
	// implement more than once (the one the handler gets is not known).
	Sure bool
	// Repeats says that running the effect again, for a message
	// delivered twice, does it twice (a second row, an increment again,
	// a second message or charge); Why says how that is known ("INSERT
	// without a conflict clause"). An effect whose repetition cannot be
	// told (a MongoDB update's document, a gRPC method) does not repeat:
	// a miss is preferred to a false alarm.
	Repeats bool
	Why     string
	// Insert marks a repeating effect that adds a row or document: a
	// unique key makes the second one fail, which a guard may take for
	// done.
	Insert bool
	// Guard is the guard that keeps a repeating effect from repeating:
	// one the handling reaches before it on every path, keyed by the
	// message. Nil when none does.
	Guard *Guard
}

// String names the effect: "write table orders (postgres:db/shop)",
// "publish kafka:payments.captured", "call payments POST /charges".
func (e *Effect) String() string {
	switch e.Kind {
	case "write":
		what := e.Write.Kind
		if e.Write.Table != "" {
			what += " " + e.Write.Table
		}
		where := e.Write.Resource
		if where == "" {
			where = "database not known"
		}
		return "write " + what + " (" + where + ")"
	case "publish":
		var dest []string
		for _, v := range e.Pub.Destination {
			dest = append(dest, e.Pub.Protocol+":"+v.Render(values.Style{})) // an unknown part as {?}
		}
		return "publish " + strings.Join(dest, " | ")
	case "call":
		return "call " + e.Call.To + " " + e.Call.Detail
	}
	return e.Kind
}

// isClaim reports whether a write succeeds once per key and says so to
// code that looks (TableAccess.Checked): a Redis SETNX, an insert with ON
// CONFLICT DO NOTHING (INSERT IGNORE).
func isClaim(a *TableAccess) bool {
	if !a.Checked {
		return false
	}
	if a.Verb == catalog.VerbClaim {
		return true
	}
	if a.SQL == "" {
		return false
	}
	for _, ch := range sqltables.Changes(a.SQL) {
		if ch.Claims() {
			return true
		}
	}
	return false
}

// claimFlaw says why a claim cannot tell one message from another, or "":
// its key is a constant, or a new id made where it runs.
func claimFlaw(a *TableAccess) string {
	switch {
	case a.ConstKey:
		return "its key is a constant: it does not tell one message from another"
	case a.FreshKey:
		return "its key is a new id made here: every delivery claims another key"
	}
	return ""
}

// repeats says whether the effect does it again when run twice, and why
// (Effect.Repeats).
func (e *Effect) repeats() (repeats, insert bool, why string) {
	switch e.Kind {
	case "publish":
		return true, false, "a publish sends the message again"
	case "call":
		if e.Call.Protocol != "http" && e.Call.Call != nil { // gRPC and the RPC frameworks (rpcfw.go)
			if v := catalog.RepeatingRPC(e.Call.Call.Method); v != "" {
				return true, false, "an RPC method named " + v + "… makes something new each time"
			}
		}
		if e.Call.Protocol != "http" {
			return false, false, ""
		}
		if e.Call.Call != nil && e.Call.Call.IdempotencyKey {
			return false, false, "" // the server dedupes by the key it is given
		}
		method, _, _ := strings.Cut(e.Call.Detail, " ")
		switch method {
		case "POST", "PATCH":
			return true, false, "an HTTP " + method + " is not idempotent"
		}
		return false, false, ""
	}
	a := e.Write
	if a.SQL != "" {
		for _, ch := range sqltables.Changes(a.SQL) {
			switch {
			case ch.Verb == "insert" && ch.Conflict == "":
				return true, true, "an INSERT without a conflict clause adds a row each time"
			case ch.Relative && !ch.Conditional:
				return true, false, "an UPDATE that sets a column from its own value changes it again"
			}
		}
		return false, false, ""
	}
	switch a.Verb {
	case catalog.VerbInsert:
		return true, true, "an insert adds a row each time"
	case catalog.VerbIncrement:
		return true, false, "an increment counts again"
	case catalog.VerbAppend:
		return true, false, "an append adds the value again"
	}
	return false, false, ""
}

// consumers finds each service's consumes, the effects their handling
// reaches over the service's call graph, as the endpoints' reach does for
// requests, and the guards that cover them.
func (b *builder) consumers() {
	byRef := make(map[*MessageRef]*Consumer)
	for _, t := range b.m.Topics {
		for _, ref := range t.Consume {
			if ref.Role != "consume" {
				continue
			}
			c := byRef[ref]
			if c == nil {
				c = &Consumer{Ref: ref}
				byRef[ref] = c
				b.m.Consumers = append(b.m.Consumers, c)
			}
			c.Topics = append(c.Topics, t)
		}
	}
	if len(b.m.Consumers) == 0 {
		return
	}
	h := b.handlingFacts()
	for _, c := range b.m.Consumers {
		b.consumer(c, h)
	}
	slices.SortFunc(b.m.Consumers, func(x, y *Consumer) int {
		return cmp.Or(b.m.Compare(x.Ref.Pos, y.Ref.Pos), strings.Compare(x.Ref.Service, y.Ref.Service))
	})
}

// handling holds, by function, what a consumer's handling can meet there.
type handling struct {
	writes, reads map[Node][]*TableAccess // by service too: TableAccess.Service
	pubs          map[Node][]*MessageRef
	dupChecks     map[Node][]token.Pos
	vouchedFunc   map[Node]string      // a handler's directive
	vouchedAt     map[token.Pos]string // a directive on a consume's line
	dedupers      map[string][]Deduper // by the service that runs it
	deliveries    map[svcElem][]Delivery
	consumes      map[svcElem]int // loop consumes returning a channel of Elem
	branches      map[Node][]Span
}

// handlingFacts indexes the program's writes, reads, publishes, tests of
// duplicate keys, directives and branches by function. A statement
// counts whether or not its database is known: running it twice repeats
// it on whichever database it is.
func (b *builder) handlingFacts() *handling {
	h := &handling{writes: make(map[Node][]*TableAccess), reads: make(map[Node][]*TableAccess), pubs: make(map[Node][]*MessageRef),
		dupChecks: make(map[Node][]token.Pos), vouchedFunc: make(map[Node]string), vouchedAt: make(map[token.Pos]string),
		branches: make(map[Node][]Span), dedupers: make(map[string][]Deduper),
		deliveries: make(map[svcElem][]Delivery), consumes: make(map[svcElem]int)}
	type key struct {
		pos token.Pos
		svc string
	}
	placed := make(map[key][]*TableAccess)
	for _, a := range b.m.Tables {
		placed[key{a.Pos, a.Service}] = append(placed[key{a.Pos, a.Service}], a)
	}
	add := func(a *TableAccess) {
		if a.Write {
			h.writes[a.Func] = append(h.writes[a.Func], a)
		} else {
			h.reads[a.Func] = append(h.reads[a.Func], a)
		}
	}
	for _, in := range b.inputs {
		svcs := b.set.Runners(in.Path)
		for i := range in.Result.Queries {
			q := &in.Result.Queries[i]
			if q.Creates {
				continue
			}
			for _, svc := range svcs {
				if _, ok := b.runs(svc, in.Path, q.Func, q.Pos); !ok {
					continue
				}
				if as := placed[key{q.Pos, svc}]; len(as) > 0 {
					for _, a := range as {
						add(a)
					}
					continue
				}
				for _, a := range unplacedAccesses(q) {
					a.Service, a.Pos, a.Pkg, a.Func = svc, q.Pos, in.Path, q.Func
					add(a)
				}
			}
		}
		for _, d := range in.Result.DupKeyChecks {
			h.dupChecks[d.Func] = append(h.dupChecks[d.Func], d.Pos)
		}
		for _, v := range in.Result.Idempotent {
			if v.Func != nil {
				h.vouchedFunc[v.Func] = v.Reason
			} else {
				h.vouchedAt[v.Pos] = v.Reason
			}
		}
		for _, d := range in.Result.Deliveries {
			for _, svc := range svcs {
				if _, ok := b.runs(svc, in.Path, d.Func, d.Pos); ok {
					h.deliveries[svcElem{svc, d.Elem}] = append(h.deliveries[svcElem{svc, d.Elem}], d)
				}
			}
		}
		for _, d := range in.Result.Dedupers {
			for _, svc := range svcs {
				if _, ok := b.runs(svc, in.Path, d.Func, d.Pos); ok {
					h.dedupers[svc] = append(h.dedupers[svc], d)
				}
			}
		}
		for _, s := range in.Result.Branches {
			h.branches[s.Func] = append(h.branches[s.Func], s)
		}
	}
	for _, c := range b.m.Consumers {
		if c.Ref.Elem != "" && c.Ref.Loop() {
			h.consumes[svcElem{c.Ref.Service, c.Ref.Elem}]++
		}
	}
	seenPub := make(map[*MessageRef]bool)
	for _, t := range b.m.Topics {
		for _, p := range t.Publish {
			if !seenPub[p] {
				seenPub[p] = true
				h.pubs[p.Func] = append(h.pubs[p.Func], p)
			}
		}
	}
	return h
}

// unplacedAccesses returns the accesses of a query whose database the
// model could not place: the tables its text names (one with no name when
// it names none that resolve), a collection, a Redis key.
func unplacedAccesses(q *Query) []*TableAccess {
	kind := map[string]string{"sql": "table", "mongo": "collection", "redis": "key prefix"}[q.Protocol]
	if kind == "" {
		return nil
	}
	var out []*TableAccess
	if q.Protocol == "sql" {
		for _, a := range accesses(q) {
			a.Kind, a.Verb, a.Checked, a.FreshKey, a.ConstKey = kind, q.Verb, q.Checked, q.FreshKey, q.ConstKey
			out = append(out, a)
		}
		if len(out) == 0 {
			for _, v := range q.SQL {
				text := v.String()
				write := q.Write || len(sqltables.Changes(text)) > 0
				out = append(out, &TableAccess{Kind: kind, Write: write, Verb: q.Verb, Checked: q.Checked, FreshKey: q.FreshKey, ConstKey: q.ConstKey, SQL: text})
			}
		}
		return out
	}
	a := &TableAccess{Kind: kind, Write: q.Write, Verb: q.Verb, Checked: q.Checked, FreshKey: q.FreshKey, ConstKey: q.ConstKey}
	if q.Protocol == "redis" {
		for _, v := range q.Table {
			if p, ok := keyPrefix(v.String()); ok {
				a.Table = p
				break
			}
		}
	}
	return []*TableAccess{a}
}

// consumer finds the effects and guards of c's handling, and which guard
// covers each effect.
func (b *builder) consumer(c *Consumer, h *handling) {
	svc, ref := c.Ref.Service, c.Ref
	loop := ref.Loop()
	starts := b.handlerStarts(ref, svc)
	for _, st := range starts {
		c.Entries = append(c.Entries, st.roots...)
	}
	c.Vouched = h.vouchedAt[ref.Pos]
	vouchers := c.Entries
	if loop {
		vouchers = []Node{ref.Func}
	}
	for _, n := range vouchers {
		if r, ok := h.vouchedFunc[n]; ok && c.Vouched == "" {
			c.Vouched = r
		}
	}
	reached := b.reachStarts(ref, starts, svc)
	if workers := b.workers(ref, svc, h, reached); len(workers) > 0 {
		starts = append(starts, workers...)
		for _, w := range workers {
			c.Entries = append(c.Entries, w.roots...)
		}
		reached = b.reachStarts(ref, starts, svc)
	}
	handled := func(n Node, pos token.Pos) bool {
		if _, ok := reached[n]; !ok {
			return false
		}
		return !(loop && n == ref.Func) || ref.HandleFrom <= pos && pos < ref.HandleTo
	}
	effect := func(n Node, e *Effect) {
		f := reached[n]
		e.Func, e.At, e.Sure = n, f.at, f.sure
		e.Repeats, e.Insert, e.Why = e.repeats()
		c.Effects = append(c.Effects, e)
	}
	nodes := slices.Collect(maps.Keys(reached))
	b.sortNodes(nodes)
	for _, n := range nodes {
		for _, a := range h.writes[n] {
			if a.Service == svc && handled(n, a.Pos) {
				effect(n, &Effect{Kind: "write", Write: a, Pos: a.Pos})
			}
		}
		for _, p := range h.pubs[n] {
			if p.Service == svc && handled(n, p.Pos) {
				effect(n, &Effect{Kind: "publish", Pub: p, Pos: p.Pos})
			}
		}
		for _, e := range b.callsAt[n] {
			if e.From == svc && handled(n, e.Call.Pos) {
				effect(n, &Effect{Kind: "call", Call: e, Pos: e.Call.Pos})
			}
		}
	}
	guard := func(n Node, g *Guard) {
		g.Func, g.At = n, reached[n].at
		c.Guards = append(c.Guards, g)
	}
	for _, e := range c.Effects {
		if e.Kind == "write" && isClaim(e.Write) {
			guard(e.Func, &Guard{Kind: "claim", Write: e.Write, Pos: e.Pos, Flaw: claimFlaw(e.Write)})
		}
	}
	for _, n := range nodes {
		for _, at := range h.dupChecks[n] {
			if handled(n, at) {
				guard(n, &Guard{Kind: "duplicate key", Pos: at})
			}
		}
		// An inbox: a table the handling reads, and inserts into too (is
		// this message there? then record it).
		for _, r := range h.reads[n] {
			if r.Service != svc || r.Table == "" || !handled(n, r.Pos) {
				continue
			}
			if slices.ContainsFunc(c.Effects, func(e *Effect) bool {
				return e.Insert && e.Write.Table == r.Table && e.Write.Resource == r.Resource
			}) {
				guard(n, &Guard{Kind: "inbox", Write: r, Pos: r.Pos})
			}
		}
	}
	if ref.Protocol == "watermill" {
		for _, d := range h.dedupers[svc] {
			g := &Guard{Kind: "deduplicator", Pos: d.Pos, Func: d.Func}
			if d.InMemory {
				g.Flaw = "it keeps the keys in the process' memory (for a minute, by default): a redelivery after a restart, or to another instance, is not caught; give it a shared Repository"
			}
			c.Guards = append(c.Guards, g)
		}
	}
	slices.SortFunc(c.Guards, func(x, y *Guard) int {
		return cmp.Or(b.m.Compare(x.Pos, y.Pos), strings.Compare(x.Kind, y.Kind))
	})
	c.Guards = slices.CompactFunc(c.Guards, func(x, y *Guard) bool { return x.Pos == y.Pos && x.Kind == y.Kind })
	c.Effects = slices.CompactFunc(slices.SortedFunc(slices.Values(c.Effects), func(x, y *Effect) int {
		return cmp.Or(b.m.Compare(x.Pos, y.Pos), strings.Compare(x.String(), y.String()))
	}), func(x, y *Effect) bool { return x.Pos == y.Pos && x.String() == y.String() })
	slices.SortFunc(c.Topics, func(x, y *Topic) int { return strings.Compare(x.ID, y.ID) })
	for _, e := range c.Effects {
		if e.Repeats {
			e.Guard = b.cover(c, e, h)
		}
	}
}

// A found is how a consumer's handling reaches a function: the path from
// where it starts, and whether that path takes no guess.
type found struct {
	at   Path
	sure bool
}

// reachStarts returns the functions the handling from starts reaches in
// service svc, each by the first start that reaches it. A loop's function
// starts with the calls of the part that handles a message; another
// start, with all of its calls.
func (b *builder) reachStarts(ref *MessageRef, starts []start, svc string) map[Node]found {
	loop := ref.Loop()
	reached := make(map[Node]found)
	for _, from := range startFroms(starts) {
		var first []step
		sure := true
		for _, st := range starts {
			if st.from != from {
				continue
			}
			if st.at.IsValid() { // a loop's call: only those of the handling
				first = append(first, b.succOf(from, st.at)...)
			}
			sure = sure && !st.guess
		}
		if !loop || from != ref.Func {
			first = b.succ[from]
		}
		all := b.handlingReach(from, first, svc, false)
		var certain map[Node]Path
		if sure {
			certain = b.handlingReach(from, first, svc, true)
		}
		for n, p := range all {
			if _, ok := reached[n]; ok {
				continue
			}
			if cp, ok := certain[n]; ok {
				reached[n] = found{cp, true}
			} else {
				reached[n] = found{p, false}
			}
		}
	}
	return reached
}

// workers returns the starts of the workers a loop consume's channel of
// messages is handed to (go worker(ctx, deliveries), the worker a
// function value): when the handling reached so far ranges over no
// channel of the consume's messages, the service's functions that do.
// They are guesses when the service has another consume of that kind,
// whose channel each of them may be handling.
func (b *builder) workers(ref *MessageRef, svc string, h *handling, reached map[Node]found) []start {
	if !ref.Loop() || ref.Elem == "" {
		return nil
	}
	loops := h.deliveries[svcElem{svc, ref.Elem}]
	for _, d := range loops {
		if _, ok := reached[d.Func]; ok && (d.Func != ref.Func || ref.HandleFrom <= d.Pos && d.Pos < ref.HandleTo) {
			return nil // the handling ranges over it itself
		}
	}
	var out []start
	for _, d := range loops {
		if d.Func != ref.Func && !slices.ContainsFunc(out, func(s start) bool { return s.from == d.Func }) {
			out = append(out, start{from: d.Func, roots: []Node{d.Func}, guess: h.consumes[svcElem{svc, ref.Elem}] > 1})
		}
	}
	return out
}

// A svcElem is a service and a kind of broker message (Message.Elem).
type svcElem struct{ svc, elem string }

// startFroms returns the functions the handling starts in, once each, in
// the order of starts.
func startFroms(starts []start) []Node {
	var out []Node
	for _, st := range starts {
		if !slices.Contains(out, st.from) {
			out = append(out, st.from)
		}
	}
	return out
}

// succOf returns the steps of from's call graph made at pos.
func (b *builder) succOf(from Node, pos token.Pos) []step {
	var out []step
	for _, s := range b.succ[from] {
		if s.pos == pos {
			out = append(out, s)
		}
	}
	return out
}

// handlingReach returns the nodes the handling that starts in from, with
// the steps first, reaches in the code service svc runs, each with the
// shortest path to it; from itself with an empty one. With sure, it does
// not take a call of an interface method that the service's types
// implement more than once.
func (b *builder) handlingReach(from Node, first []step, svc string, sure bool) map[Node]Path {
	out := map[Node]Path{from: {From: from}}
	type item struct {
		n     Node
		calls []Step
	}
	var queue []item
	push := func(steps []step, calls []Step) {
		for _, s := range steps {
			ts := b.targets(s, svc)
			if sure && s.dynamic && len(ts) > 1 {
				continue
			}
			for _, t := range ts {
				if _, ok := out[t]; ok {
					continue
				}
				if pkg, known := b.pkgOf[t]; known && !b.set.Runs(pkg, svc) {
					continue // another service's code is another binary
				}
				p := Path{From: from, Calls: append(slices.Clip(calls), Step{Pos: s.pos, To: t})}
				out[t] = p
				queue = append(queue, item{t, p.Calls})
			}
		}
	}
	push(first, nil)
	for len(queue) > 0 {
		it := queue[0]
		queue = queue[1:]
		push(b.succ[it.n], it.calls)
	}
	return out
}

// cover returns the guard that keeps the repeating effect e of c from
// repeating, or nil: a claim or an inbox read keyed by the message that
// the handling reaches before e on every path; an insert whose unique
// violation a later test takes for done (a duplicate-key guard), which
// covers the insert and what comes after it.
func (b *builder) cover(c *Consumer, e *Effect, h *handling) *Guard {
	for _, g := range c.Guards {
		if g.Flaw != "" {
			continue
		}
		switch g.Kind {
		case "deduplicator":
			return g // it runs before the handler
		case "claim", "inbox":
			if b.ahead(g.At, g.Pos, e.At, e.Pos, h) {
				return g
			}
		case "duplicate key":
			for _, ins := range c.Effects {
				if !ins.Insert || ins.Write.FreshKey || !b.ahead(ins.At, ins.Pos, g.At, g.Pos, h) {
					continue // a new id as its key never collides
				}
				if ins == e || b.ahead(ins.At, ins.Pos, e.At, e.Pos, h) {
					return g
				}
			}
		}
	}
	return nil
}

// ahead reports whether the handling reaches the place x (at path px)
// before y (at py) on every path that reaches y: in the function where
// their paths part, x's call (or x) comes first, and every branch that
// holds it holds y's too. Places reached from different starts are not
// ordered.
func (b *builder) ahead(px Path, x token.Pos, py Path, y token.Pos, h *handling) bool {
	if px.From != py.From {
		return false
	}
	fn := px.From
	k := 0
	for k < len(px.Calls) && k < len(py.Calls) && px.Calls[k] == py.Calls[k] {
		fn = px.Calls[k].To
		k++
	}
	if k < len(px.Calls) {
		x = px.Calls[k].Pos
	}
	if k < len(py.Calls) {
		y = py.Calls[k].Pos
	}
	if x >= y {
		return false
	}
	for _, s := range h.branches[fn] {
		if s.From <= x && x < s.To && !(s.From <= y && y < s.To) {
			return false
		}
	}
	return true
}

// A start is where a consumer's handling begins: a handler (from, with
// roots itself, or an interface's method's implementations), or one call
// in the part of a loop's function that handles a message (from is that
// function; at, the call; roots, its targets). Guess marks a start that
// is one of several implementations of the handler's interface.
type start struct {
	from  Node
	at    token.Pos
	roots []Node
	guess bool
}

// handlerStarts returns where the handling of ref's messages starts in
// service svc.
func (b *builder) handlerStarts(ref *MessageRef, svc string) []start {
	var out []start
	if ref.Loop() {
		for _, s := range b.succ[ref.Func] {
			if ref.HandleFrom <= s.pos && s.pos < ref.HandleTo {
				ts := b.targets(s, svc)
				out = append(out, start{from: ref.Func, at: s.pos, roots: ts})
			}
		}
		if len(out) == 0 {
			out = append(out, start{from: ref.Func})
		}
		return out
	}
	for _, h := range ref.Handlers {
		if fn, ok := h.(*types.Func); ok && IsAbstract(fn) {
			impls := b.implementations(fn, svc)
			for _, impl := range impls {
				out = append(out, start{from: impl, roots: []Node{impl}, guess: len(impls) > 1})
			}
			continue
		}
		out = append(out, start{from: h, roots: []Node{h}})
	}
	return out
}

// targets returns what a call-graph step may reach: its callee, or, for a
// call of an interface method, the service's implementations of it.
func (b *builder) targets(s step, svc string) []Node {
	if fn, ok := s.to.(*types.Func); ok && s.dynamic && IsAbstract(fn) {
		return b.implementations(fn, svc)
	}
	return []Node{s.to}
}
