package model

import (
	"cmp"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"strings"

	"github.com/boundcheck/boundcheck/rules/catalog"
	"github.com/boundcheck/boundcheck/rules/sqltables"
)

// A Consumer is one place a service consumes a broker destination, and
// what its handling of a message can reach in the service's code: the
// effects a second delivery of the same message would make again.
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
	// Guards are what in the handling can keep a second delivery from
	// repeating the effects, by position: whether each comes first and is
	// keyed by the message is for the check to judge.
	Guards []*Guard
}

// A Guard is one thing in a consumer's handling that can tell a message
// seen before: a claim (a write that succeeds once per key: Redis SETNX,
// an insert with ON CONFLICT DO NOTHING); a test of a duplicate-key error
// (mongo.IsDuplicateKeyError, pgErr.Code == "23505"); an inbox (a read of
// a table the handling also inserts into: seen? else record it).
type Guard struct {
	Kind  string       // "claim", "duplicate key" or "inbox"
	Write *TableAccess // the claim's write, the inbox's read
	Pos   token.Pos
	Func  Node
	Order token.Pos // as Effect.Order
	From  Node
}

// Before reports whether the handling reaches g before e: earlier in the
// one function both are in, or in the function the handling starts in
// when both are reached from the same one. A guard reached from another
// handler (one of an interface's implementations) is not before. Which
// branch either is on is not told.
func (g *Guard) Before(e *Effect) bool {
	if g.Func == e.Func && g.From == e.From && g.Order == e.Order {
		return g.Pos < e.Pos
	}
	return g.From == e.From && g.Order < e.Order
}

// An Effect is one thing a consumer's handling does beyond its own
// process: a write of a table, collection or Redis key, a publish, or a
// call of another service.
type Effect struct {
	Kind  string       // "write", "publish" or "call"
	Write *TableAccess // Kind "write"
	Pub   *MessageRef  // Kind "publish"
	Call  *SyncEdge    // Kind "call"
	Pos   token.Pos    // the statement, publish or call
	Func  Node         // the function that makes it
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
	// Order is where the handling reaches the effect in the function it
	// starts in (From): the effect itself when it is there, else the call
	// there whose callees make it (the earliest, when several do).
	Order token.Pos
	From  Node
}

// String names the effect: "write table orders (postgres:db/shop)",
// "publish kafka:payments.captured", "call payments POST /charges".
func (e *Effect) String() string {
	switch e.Kind {
	case "write":
		return "write " + e.Write.Kind + " " + e.Write.Table + " (" + e.Write.Resource + ")"
	case "publish":
		var dest []string
		for _, v := range e.Pub.Destination {
			dest = append(dest, e.Pub.Protocol+":"+v.String())
		}
		return "publish " + strings.Join(dest, " | ")
	case "call":
		return "call " + e.Call.To + " " + e.Call.Detail
	}
	return e.Kind
}

// isClaim reports whether a write succeeds once per key and can say so: a
// Redis SETNX, an insert with ON CONFLICT DO NOTHING (INSERT IGNORE).
func isClaim(a *TableAccess) bool {
	if a.Verb == catalog.VerbClaim {
		return true
	}
	if a.SQL == "" {
		return false
	}
	for _, ch := range sqltables.Changes(a.SQL) {
		if ch.Verb == "insert" && ch.Conflict == "nothing" {
			return true
		}
	}
	return false
}

// repeats says whether the effect does it again when run twice, and why
// (Effect.Repeats).
func (e *Effect) repeats() (repeats, insert bool, why string) {
	switch e.Kind {
	case "publish":
		return true, false, "a publish sends the message again"
	case "call":
		if e.Call.Protocol != "http" {
			return false, false, ""
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
			case ch.Relative:
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

// consumers finds each service's consumes and the effects their handling
// reaches over the service's call graph (walk), as the endpoints' reach
// does for requests.
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
	writesAt := make(map[Node][]*TableAccess)
	readsAt := make(map[Node][]*TableAccess)
	for _, a := range b.m.Tables {
		if a.Write {
			writesAt[a.Func] = append(writesAt[a.Func], a)
		} else {
			readsAt[a.Func] = append(readsAt[a.Func], a)
		}
	}
	pubsAt := make(map[Node][]*MessageRef)
	seenPub := make(map[*MessageRef]bool)
	for _, t := range b.m.Topics {
		for _, p := range t.Publish {
			if !seenPub[p] {
				seenPub[p] = true
				pubsAt[p.Func] = append(pubsAt[p.Func], p)
			}
		}
	}
	dupChecksAt := make(map[Node][]token.Pos)
	vouchedFunc := make(map[Node]string)         // a handler's directive
	vouchedConsume := make(map[token.Pos]string) // a directive on a consume's line
	for _, in := range b.inputs {
		for _, d := range in.Result.DupKeyChecks {
			dupChecksAt[d.Func] = append(dupChecksAt[d.Func], d.Pos)
		}
		for _, v := range in.Result.Idempotent {
			if v.Func != nil {
				vouchedFunc[v.Func] = v.Reason
			} else {
				vouchedConsume[v.Pos] = v.Reason
			}
		}
	}
	for _, c := range b.m.Consumers {
		svc, ref := c.Ref.Service, c.Ref
		loop := len(ref.Handlers) == 0
		starts := b.handlerStarts(ref, svc)
		for _, st := range starts {
			c.Entries = append(c.Entries, st.roots...)
		}
		c.Vouched = vouchedConsume[ref.Pos]
		vouchers := c.Entries
		if loop {
			vouchers = []Node{ref.Func}
		}
		for _, n := range vouchers {
			if r, ok := vouchedFunc[n]; ok && c.Vouched == "" {
				c.Vouched = r
			}
		}
		nodes := b.walk(c.Entries, svc)
		if loop {
			// A loop: the function that makes the consume handles what it
			// returns between HandleFrom and HandleTo, and what that part
			// calls; not what it set up before.
			delete(nodes, ref.Func)
		}
		handled := func(n Node, pos token.Pos) bool {
			if _, ok := nodes[n]; ok {
				return true
			}
			return n == ref.Func && loop && ref.HandleFrom <= pos && pos < ref.HandleTo
		}
		scope := append(slices.Collect(maps.Keys(nodes)), ref.Func)
		for _, n := range scope {
			for _, a := range writesAt[n] {
				if a.Service == svc && handled(n, a.Pos) {
					c.Effects = append(c.Effects, &Effect{Kind: "write", Write: a, Pos: a.Pos, Func: n})
				}
			}
			for _, p := range pubsAt[n] {
				if p.Service == svc && handled(n, p.Pos) {
					c.Effects = append(c.Effects, &Effect{Kind: "publish", Pub: p, Pos: p.Pos, Func: n})
				}
			}
			for _, e := range b.callsAt[n] {
				if e.From == svc && handled(n, e.Call.Pos) {
					c.Effects = append(c.Effects, &Effect{Kind: "call", Call: e, Pos: e.Call.Pos, Func: n})
				}
			}
		}
		order := b.entryOrder(ref, starts, svc)
		for _, e := range c.Effects {
			e.Repeats, e.Insert, e.Why = e.repeats()
			e.Order, e.From = order(e.Func, e.Pos)
			if e.Kind == "write" && isClaim(e.Write) {
				c.Guards = append(c.Guards, &Guard{Kind: "claim", Write: e.Write, Pos: e.Pos, Func: e.Func, Order: e.Order, From: e.From})
			}
		}
		for _, n := range scope {
			for _, at := range dupChecksAt[n] {
				if handled(n, at) {
					g := &Guard{Kind: "duplicate key", Pos: at, Func: n}
					g.Order, g.From = order(n, at)
					c.Guards = append(c.Guards, g)
				}
			}
			// An inbox: a table the handling reads, and inserts into too
			// (is this message there? then record it).
			for _, r := range readsAt[n] {
				if r.Service != svc || !handled(n, r.Pos) {
					continue
				}
				if slices.ContainsFunc(c.Effects, func(e *Effect) bool {
					return e.Insert && e.Write.Table == r.Table && e.Write.Resource == r.Resource
				}) {
					g := &Guard{Kind: "inbox", Write: r, Pos: r.Pos, Func: n}
					g.Order, g.From = order(n, r.Pos)
					c.Guards = append(c.Guards, g)
				}
			}
		}
		slices.SortFunc(c.Guards, func(x, y *Guard) int {
			return cmp.Or(b.m.Compare(x.Pos, y.Pos), strings.Compare(x.Kind, y.Kind))
		})
		c.Effects = slices.CompactFunc(slices.SortedFunc(slices.Values(c.Effects), func(x, y *Effect) int {
			return cmp.Or(b.m.Compare(x.Pos, y.Pos), strings.Compare(x.String(), y.String()))
		}), func(x, y *Effect) bool { return x.Pos == y.Pos && x.String() == y.String() })
		slices.SortFunc(c.Topics, func(x, y *Topic) int { return strings.Compare(x.ID, y.ID) })
	}
	slices.SortFunc(b.m.Consumers, func(x, y *Consumer) int {
		return cmp.Or(b.m.Compare(x.Ref.Pos, y.Ref.Pos), strings.Compare(x.Ref.Service, y.Ref.Service))
	})
}

// A start is where a consumer's handling begins: a handler (from, with
// roots itself, or an interface's method's implementations), or one call
// in the part of a loop's function that handles a message (from is that
// function; at, the call; roots, its targets).
type start struct {
	from  Node
	at    token.Pos
	roots []Node
}

// handlerStarts returns where the handling of ref's messages starts in
// service svc.
func (b *builder) handlerStarts(ref *MessageRef, svc string) []start {
	var out []start
	if len(ref.Handlers) == 0 {
		for _, s := range b.succ[ref.Func] {
			if ref.HandleFrom <= s.pos && s.pos < ref.HandleTo {
				out = append(out, start{from: ref.Func, at: s.pos, roots: b.targets(s, svc)})
			}
		}
		return out
	}
	for _, h := range ref.Handlers {
		if fn, ok := h.(*types.Func); ok && IsAbstract(fn) {
			for _, impl := range b.implementations(fn, svc) {
				out = append(out, start{from: impl, roots: []Node{impl}})
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

// entryOrder returns the Order and From of a position in the handling
// that starts: in a function the handling starts in, the position and
// that function; in one reached from there, the earliest call in the
// starting function whose callees reach it, and that function.
func (b *builder) entryOrder(ref *MessageRef, starts []start, svc string) func(n Node, pos token.Pos) (token.Pos, Node) {
	type at struct {
		pos  token.Pos
		from Node
	}
	first := make(map[Node]at)
	reach := func(from Node, call token.Pos, roots []Node) {
		for n := range b.walk(roots, svc) {
			if p, ok := first[n]; !ok || p.from == from && call < p.pos {
				first[n] = at{call, from}
			}
		}
	}
	var froms []Node
	for _, st := range starts {
		if st.at.IsValid() { // a loop's call
			reach(st.from, st.at, st.roots)
			continue
		}
		froms = append(froms, st.from)
		for _, s := range b.succ[st.from] {
			reach(st.from, s.pos, b.targets(s, svc))
		}
	}
	if len(ref.Handlers) == 0 {
		froms = append(froms, ref.Func)
	}
	return func(n Node, pos token.Pos) (token.Pos, Node) {
		if slices.Contains(froms, n) {
			return pos, n
		}
		p := first[n]
		return p.pos, p.from
	}
}
