package interactions

import (
	"cmp"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"sort"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/boundcheck/boundcheck/internal/values"
	"github.com/boundcheck/boundcheck/model"
	"github.com/boundcheck/boundcheck/rules/catalog"
)

// message records a publish to, a consume from or a binding of a broker
// destination, as the catalog in rules describes fn. A destination that
// cannot be resolved is recorded as unknown, never dropped.
func (c *collector) message(call *ast.CallExpr, fn *types.Func, node model.Node) {
	for _, op := range catalog.MessageOps(fn) {
		here := site{at: values.Origin{Expr: call, Index: -1}, call: call}
		if op.Role == catalog.RolePublish && (c.reply(here, op.Dest) || c.reply(here, op.Key)) {
			continue // answers a request; the request is the edge
		}
		var n names
		c.read(here, op.Dest, &n, 0)
		if len(n.dest) == 0 {
			n.dest = c.openDest(here, op) // handles.go
		}
		if len(n.dest) == 0 {
			c.read(here, op.Fallback, &n, 0)
		}
		dest := n.dest
		if len(op.Key) > 0 {
			var key names
			c.read(here, op.Key, &key, 0)
			if op.KeyOptional && len(key.dest) == 0 {
				continue
			}
			dest = values.Concat(values.Concat(orUnknown(dest), []model.Value{values.Lit("/")}), orUnknown(key.dest))
		}
		var q names
		c.read(here, op.Queue, &q, 0)
		m := model.Message{
			Protocol:    op.Protocol,
			Role:        op.Role,
			Destination: orUnknown(dedupe(dest)),
			Queue:       dedupe(nonEmpty(slices.Concat(n.queue, q.dest, q.queue))),
			Split:       n.split,
			Func:        node,
			Pos:         call.Pos(),
		}
		if op.Protocol == "pubsub" && op.Role == catalog.RoleConsume {
			c.subscriptionTopic(&m)
		}
		if r := op.Reply; r != nil {
			m.Request = true
			if r.Ctx >= 0 {
				m.Timeout, m.Deadline = c.deadline(call, r.Ctx, nil)
			} else if r.Timeout >= 0 && r.Timeout < len(call.Args) {
				m.Deadline = true // the limit is an argument
				m.Timeout, _ = c.duration(call.Args[r.Timeout])
			}
		}
		if op.Role == catalog.RoleConsume {
			if reason, ok := c.lineDirective(call); ok {
				c.res.Idempotent = append(c.res.Idempotent, model.Vouch{Pos: call.Pos(), Reason: reason})
			}
			// A consume with a handler argument that cannot be resolved
			// has no handling known; only one without is a loop's.
			if m.Handlers = c.handlers(here, op); len(op.Handler) == 0 {
				m.HandleFrom, m.HandleTo = call.End(), c.handlingEnd(call)
				m.Elem = resultElem(c.pass.TypesInfo.TypeOf(call))
			}
		}
		c.addMessage(m)
	}
}

// literalMessage records what a struct literal does with a broker
// destination (catalog.LiteralOp): a JetStream stream's configuration
// names the stream and the subjects it stores. One without a name or
// subjects known declares nothing.
func (c *collector) literalMessage(lit *ast.CompositeLit, node model.Node) {
	op, ok := catalog.LiteralOp(c.pass.TypesInfo.TypeOf(lit))
	if !ok {
		return
	}
	here := site{at: values.Origin{Expr: lit, Index: -1}, lit: lit}
	var d, q names
	c.read(here, op.Dest, &d, 0)
	c.read(here, op.Queue, &q, 0)
	if len(d.dest) == 0 || len(q.dest) == 0 {
		return
	}
	c.addMessage(model.Message{Protocol: op.Protocol, Role: op.Role, Destination: dedupe(d.dest), Queue: dedupe(q.dest), Func: node, Pos: lit.Pos()})
}

// handlers returns the call-graph nodes of the functions a consume hands
// its messages to (MessageOp.Handler): the function literals and function
// values at the argument, or the method HandlerMethod of the value's type;
// of an interface type, the interface's method, which the model resolves
// to the program's implementations.
func (c *collector) handlers(s site, op catalog.MessageOp) []model.Node {
	var out []model.Node
	for _, w := range op.Handler {
		for _, o := range c.operands(s, w) {
			if op.HandlerMethod == "" {
				if maker := handlerMaker(c.pass.TypesInfo, o.e); maker != nil {
					out = append(out, c.madeHandlers(maker)...) // filterMessages("Foo")
					continue
				}
				for _, n := range entries(c.pass, o.e) {
					if !slices.Contains(out, n) { // s.onPaid names onPaid twice
						out = append(out, n)
					}
				}
				continue
			}
			t := c.pass.TypesInfo.TypeOf(o.e)
			if t == nil {
				continue
			}
			obj, _, _ := types.LookupFieldOrMethod(t, true, c.pass.Pkg, op.HandlerMethod)
			if fn, ok := obj.(*types.Func); ok {
				out = append(out, model.Node(fn.Origin()))
			}
		}
	}
	return out
}

// deliveryElem returns the element type of t, a channel of a broker
// library's messages (amqp's <-chan Delivery), as "path.Name"; "" for
// any other type.
func deliveryElem(t types.Type) string {
	if t == nil {
		return ""
	}
	ch, ok := t.Underlying().(*types.Chan)
	if !ok {
		return ""
	}
	elem := ch.Elem()
	if p, ok := elem.(*types.Pointer); ok {
		elem = p.Elem()
	}
	n, ok := types.Unalias(elem).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || !catalog.IsLibrary(n.Obj().Pkg().Path()) {
		return ""
	}
	return n.Obj().Pkg().Path() + "." + n.Obj().Name()
}

// resultElem returns the element type of the channel of messages a
// consume returns (amqp's Consume: <-chan Delivery, error), or "".
func resultElem(t types.Type) string {
	if tup, ok := t.(*types.Tuple); ok {
		for i := range tup.Len() {
			if e := deliveryElem(tup.At(i).Type()); e != "" {
				return e
			}
		}
		return ""
	}
	return deliveryElem(t)
}

// handlerMaker returns the function e calls when e is a call that
// returns a function (a handler made by filterMessages("Foo")) of a
// package that is not a library: the handler is written in it.
func handlerMaker(info *types.Info, e ast.Expr) *types.Func {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return nil
	}
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil || catalog.IsLibrary(fn.Pkg().Path()) {
		return nil
	}
	res := fn.Signature().Results()
	if res.Len() == 0 {
		return nil
	}
	if _, ok := res.At(0).Type().Underlying().(*types.Signature); !ok {
		return nil
	}
	return fn.Origin()
}

// madeHandlers returns the handlers maker, a function of the package,
// returns: the function literals and function values of its return
// statements (not its own setup, which runs once). None for a function
// of another package, whose body is not seen here.
func (c *collector) madeHandlers(maker *types.Func) []model.Node {
	var out []model.Node
	for _, f := range c.pass.Files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil || c.pass.TypesInfo.Defs[fd.Name] != maker {
				continue
			}
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.FuncLit:
					return false // its returns are its own
				case *ast.ReturnStmt:
					if len(n.Results) > 0 {
						out = append(out, entries(c.pass, n.Results[0])...)
					}
				}
				return true
			})
		}
	}
	return out
}

// lineDirective returns the reason of a //boundcheck:idempotent directive
// on the line of call or the line above it.
func (c *collector) lineDirective(call *ast.CallExpr) (string, bool) {
	line := c.pass.Fset.Position(call.Pos()).Line
	for _, g := range c.file.Comments {
		at := c.pass.Fset.Position(g.Pos()).Line
		if at != line && at != line-1 {
			continue
		}
		if reason, ok := idempotentDirective(g); ok {
			return reason, true
		}
	}
	return "", false
}

// handlingEnd returns the end of the code that handles what a consume in
// a loop returns: the innermost for or range statement around call, else
// the function literal or body it is in.
func (c *collector) handlingEnd(call *ast.CallExpr) token.Pos {
	end := token.NoPos
	if c.body != nil && c.body.Pos() <= call.Pos() && call.End() <= c.body.End() {
		end = c.body.End()
	}
	ast.Inspect(c.body, func(n ast.Node) bool {
		if n == nil || n.Pos() > call.Pos() || n.End() < call.End() {
			return false // does not hold the call
		}
		switch n.(type) {
		case *ast.ForStmt, *ast.RangeStmt, *ast.FuncLit:
			end = n.End()
		}
		return true
	})
	return end
}

// reply reports whether a publish sends to the reply subject of a message
// it received (nc.Publish(m.Reply, ...), a nats.Msg{Subject: m.Reply}, an
// AMQP ch.Publish("", d.ReplyTo, ...)):
// that answers the request, whose sender's own publish is the edge; a
// subscriber that answers is not a publisher.
func (c *collector) reply(s site, ws []catalog.Where) bool {
	return c.replyAt(s, ws, 0)
}

// replyAt is reply, following a message made by a Maker
// (nats.NewMsg(m.Reply)) a few levels.
func (c *collector) replyAt(s site, ws []catalog.Where, depth int) bool {
	for _, w := range ws {
		for _, op := range c.operands(s, w) {
			var origins []values.Origin
			if op.origin != nil {
				origins = []values.Origin{*op.origin} // a message a Maker made
			} else if sel, ok := ast.Unparen(op.e).(*ast.SelectorExpr); ok {
				if x := c.pass.TypesInfo.Selections[sel]; x != nil && x.Kind() == types.FieldVal {
					if f, ok := x.Obj().(*types.Var); ok && catalog.IsReplySubject(x.Recv(), f) {
						return true
					}
				}
			}
			if depth >= maxHandleDepth {
				continue
			}
			for _, o := range origins {
				call, ok := o.Expr.(*ast.CallExpr)
				if !ok || o.Index > 0 {
					continue
				}
				fn, _ := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
				if m, ok := catalog.MakerOf(fn); ok && c.replyAt(site{at: o, call: call}, m.Dest, depth+1) {
					return true
				}
			}
		}
	}
	return false
}

// addMessage keeps the messages in the order of their positions.
func (c *collector) addMessage(m model.Message) {
	ms := c.res.Messages
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Pos > m.Pos })
	c.res.Messages = slices.Insert(ms, i, m)
}

// A site is what a rules.Where is read relative to: a call of a
// messaging function, the call that made a value one uses (a constructor),
// or the struct literal that did.
type site struct {
	at   values.Origin // the call or literal, with the scope it was found in
	call *ast.CallExpr
	lit  *ast.CompositeLit
}

// names collects destination names, and the queues or groups found on the
// way (a kafka-go Reader's GroupID).
type names struct {
	dest, queue []model.Value
	split       string // see Message.Split
}

// An operand is an expression a Where points at, with the scope to read
// it in. When origin is set, the expression's origin is already known.
type operand struct {
	e      ast.Expr
	at     values.Origin
	origin *values.Origin
	// value, when set, is what the operand names, known without an
	// expression: a config struct's field nobody sets (ConfigField).
	value []model.Value
	// half keeps the first half of a list of names and IDs.
	half bool
}

// maxHandleDepth bounds how many values made from values (a JetStream
// consumer of a stream) are followed.
const maxHandleDepth = 4

// read adds the names each Where of ws finds at s to out.
func (c *collector) read(s site, ws []catalog.Where, out *names, depth int) {
	for _, w := range ws {
		if w.Type {
			out.dest = append(out.dest, decorate(c.typeNames(s, w), w)...)
			continue
		}
		if w.Option != "" {
			c.option(s, w, out, depth)
			continue
		}
		for _, op := range c.operands(s, w) {
			c.name(op, w, out, depth)
		}
	}
}

// option reads the names an option constructor w.Option is given among
// the call's arguments from w.Arg on (catalog.Where.Option), an argument
// written as that call or a variable assigned it. When none is there, the
// name is "" if w.OrEmpty, unless an argument is an option this cannot
// read (a spread slice, a value from elsewhere): then it is unknown, not
// the library's default.
func (c *collector) option(s site, w catalog.Where, out *names, depth int) {
	found, opaque := false, false
	if s.call != nil && w.Arg >= 0 {
		for _, a := range s.call.Args[min(w.Arg, len(s.call.Args)):] {
			calls := []*ast.CallExpr{}
			if call, ok := ast.Unparen(a).(*ast.CallExpr); ok {
				calls = append(calls, call)
			} else if funcValue(c.pass.TypesInfo, a) != nil {
				continue // a declared option function (WithConsumerOptionsQueueDurable): not the one read
			} else {
				for _, o := range c.vals.OriginsAt(s.at, a) {
					if call, ok := o.Expr.(*ast.CallExpr); ok && o.Index < 0 {
						calls = append(calls, call)
					} else {
						opaque = true
					}
				}
				if len(calls) == 0 || s.call.Ellipsis.IsValid() {
					opaque = true
				}
			}
			for _, call := range calls {
				if fn, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func); ok && fn.FullName() == w.Option {
					found = true
					for _, a := range call.Args {
						c.name(operand{e: a, at: s.at}, catalog.Where{}, out, depth)
					}
				}
			}
		}
	}
	switch {
	case found:
	case opaque:
		out.dest = append(out.dest, values.Unknown("option"))
	case w.OrEmpty:
		out.dest = append(out.dest, values.Lit(""))
	}
}

// typeNames returns the names of the Go types of what w points at in s
// (catalog.Where.Type): "orders.OrderPlaced" for &orders.OrderPlaced{} or
// for cqrs.NewEventHandler's inferred type argument orders.OrderPlaced. A
// value of an interface type is named by the types of its origins (the
// literals assigned to an `any`); a type that is neither named nor known
// is left out, so that the destination is unknown.
func (c *collector) typeNames(s site, w catalog.Where) []model.Value {
	var found []types.Type
	if w.Arg == catalog.ArgTypeArg {
		if s.call != nil {
			if inst, ok := c.pass.TypesInfo.Instances[calleeIdent(s.call.Fun)]; ok && inst.TypeArgs.Len() > 0 {
				found = append(found, inst.TypeArgs.At(0))
			}
		}
	} else {
		for _, op := range c.operands(s, w) {
			t := c.pass.TypesInfo.TypeOf(op.e)
			if t == nil || !types.IsInterface(t) {
				found = append(found, t)
				continue
			}
			for _, o := range c.vals.OriginsAt(op.at, op.e) {
				if ot := c.pass.TypesInfo.TypeOf(o.Expr); ot != nil && !types.IsInterface(ot) && o.Index < 0 {
					found = append(found, ot)
				}
			}
		}
	}
	var out []model.Value
	for _, t := range found {
		if t == nil {
			continue
		}
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil {
			out = append(out, values.Lit(n.Obj().Pkg().Name()+"."+n.Obj().Name()))
		}
	}
	return dedupe(out)
}

// calleeIdent returns the identifier that names the function a call's
// Fun calls: Name in pkg.Name, pkg.Name[T] and Name[T, U].
func calleeIdent(fun ast.Expr) *ast.Ident {
	fun = ast.Unparen(fun)
	switch f := fun.(type) {
	case *ast.IndexExpr:
		fun = f.X
	case *ast.IndexListExpr:
		fun = f.X
	}
	switch f := ast.Unparen(fun).(type) {
	case *ast.Ident:
		return f
	case *ast.SelectorExpr:
		return f.Sel
	}
	return nil
}

// operands returns the expressions w points at in s.
func (c *collector) operands(s site, w catalog.Where) []operand {
	var base []operand
	switch w.Arg {
	case catalog.ArgSelf:
		if s.lit == nil || w.Field == "" {
			return nil
		}
		if f := c.vals.LitField(s.lit, w.Field); f != nil {
			return []operand{{e: f, at: s.at, half: c.half(s.lit, w)}}
		}
		return nil
	case catalog.ArgRecv:
		if s.call == nil {
			return nil
		}
		if sel, ok := ast.Unparen(s.call.Fun).(*ast.SelectorExpr); ok {
			base = []operand{{e: sel.X, at: s.at}}
		}
	case catalog.ArgSent:
		if s.call != nil {
			base = c.sent(s.call)
		}
	default:
		if s.call == nil || w.Arg < 0 || w.Arg >= len(s.call.Args) {
			return nil
		}
		args := s.call.Args[w.Arg : w.Arg+1]
		if w.Rest {
			args = s.call.Args[w.Arg:]
			if w.Half && !s.call.Ellipsis.IsValid() {
				args = args[:(len(args)+1)/2]
			}
		}
		for _, a := range args {
			base = append(base, operand{e: a, at: s.at, half: w.Half})
		}
	}
	if w.Field == "" {
		return base
	}
	// A dotted path reads a field of each field found: "TopicPartition.Topic".
	for name := range strings.SplitSeq(w.Field, ".") {
		var out []operand
		for _, b := range base {
			out = append(out, c.fields(b, w, name, 0)...)
		}
		base = out
	}
	return base
}

// fields returns the expressions that set field name of the struct b
// holds, or of each struct of the slice it holds, as their literals
// write them. A struct made by a call is returned as that call's origin,
// for its Maker to name (nats.NewMsg).
func (c *collector) fields(b operand, w catalog.Where, name string, depth int) []operand {
	if depth > maxHandleDepth {
		return nil
	}
	var out []operand
	origins := c.vals.OriginsAt(b.at, b.e)
	if len(origins) == 0 && b.e != nil {
		// A config struct the package never fills (go-queue's KqConf
		// from a config file): its field by its config key.
		if v, ok := c.vals.ConfigField(b.e, name); ok {
			return []operand{{value: []model.Value{v}}}
		}
	}
	for _, o := range origins {
		lit, ok := o.Expr.(*ast.CompositeLit)
		if !ok {
			out = append(out, operand{e: o.Expr, at: o, origin: &o})
			continue
		}
		t := c.pass.TypesInfo.TypeOf(lit)
		if t == nil {
			continue
		}
		if p, ok := t.Underlying().(*types.Pointer); ok { // an element of []*T{{...}}
			t = p.Elem()
		}
		switch t.Underlying().(type) {
		case *types.Struct:
			if f := c.vals.LitField(lit, name); f != nil {
				out = append(out, operand{e: f, at: o, half: c.half(lit, w)})
			}
		case *types.Slice, *types.Array:
			for _, elt := range lit.Elts {
				if kv, ok := elt.(*ast.KeyValueExpr); ok {
					elt = kv.Value
				}
				out = append(out, c.fields(operand{e: elt, at: o}, w, name, depth+1)...)
			}
		}
	}
	return out
}

// half reports whether a list w reads in lit holds names and then as many
// IDs.
func (c *collector) half(lit *ast.CompositeLit, w catalog.Where) bool {
	return w.Half && (w.HalfUnless == "" || c.vals.LitField(lit, w.HalfUnless) == nil)
}

// name adds the names op gives, by its type: a string is one, a []string
// holds several, and another value names what its Maker says.
func (c *collector) name(op operand, w catalog.Where, out *names, depth int) {
	if op.value != nil {
		out.dest = append(out.dest, decorate(op.value, w)...)
		return
	}
	if op.origin != nil {
		c.handle(*op.origin, out, depth)
		return
	}
	// A *string field set to the address of a string (confluent-kafka-go's
	// TopicPartition{Topic: &topic}) names that string.
	if u, ok := ast.Unparen(op.e).(*ast.UnaryExpr); ok && u.Op == token.AND {
		if t := c.pass.TypesInfo.TypeOf(u.X); t != nil && isString(t) {
			op.e = u.X
		}
	}
	t := c.pass.TypesInfo.TypeOf(op.e)
	switch {
	case t == nil || isString(t):
		out.dest = append(out.dest, decorate(c.stringNames(op, depth), w)...)
	case isStringList(t):
		vs, sep := c.list(op)
		out.dest = append(out.dest, decorate(vs, w)...)
		out.split = cmp.Or(out.split, sep)
	default:
		for _, o := range c.vals.OriginsAt(op.at, op.e) {
			c.handle(o, out, depth)
		}
	}
}

// stringNames resolves a string expression; X.Name, where X is an amqp Queue,
// is the name the queue was declared with.
func (c *collector) stringNames(op operand, depth int) []model.Value {
	if sel, ok := ast.Unparen(op.e).(*ast.SelectorExpr); ok {
		if catalog.IsHandleField(c.pass.TypesInfo.TypeOf(sel.X), sel.Sel.Name) {
			var n names
			for _, o := range c.vals.OriginsAt(op.at, sel.X) {
				c.handle(o, &n, depth)
			}
			if len(n.dest) > 0 {
				return n.dest
			}
		}
	}
	return c.vals.StringsAt(op.at, op.e)
}

// list resolves the elements of a []string: the elements of its
// literals, or the string that strings.Split cuts; sep is the separator
// of a string cut whose value is not known here (a field main fills, an
// environment variable), which the whole program cuts once it is.
func (c *collector) list(op operand) (vs []model.Value, sep string) {
	origins := c.vals.OriginsAt(op.at, op.e)
	if len(origins) == 0 {
		return c.vals.StringsAt(op.at, op.e), ""
	}
	var out []model.Value
	for _, o := range origins {
		switch x := o.Expr.(type) {
		case *ast.CompositeLit:
			elts := x.Elts
			if op.half {
				elts = elts[:(len(elts)+1)/2]
			}
			for _, elt := range elts {
				if kv, ok := elt.(*ast.KeyValueExpr); ok {
					elt = kv.Value
				}
				out = append(out, c.vals.StringsAt(o, elt)...)
			}
		case *ast.CallExpr:
			if fn, ok := typeutil.Callee(c.pass.TypesInfo, x).(*types.Func); ok && len(x.Args) > 0 && splits[fn.FullName()] {
				cut, s := c.cut(fn, x, c.vals.StringsAt(o, x.Args[0]))
				out, sep = append(out, cut...), cmp.Or(sep, s)
				continue
			}
			out = append(out, c.vals.StringsAt(o, x)...)
		default:
			out = append(out, c.vals.StringsAt(o, x)...)
		}
	}
	return out, sep
}

// splits cut one string into a list: the list's names are the string's
// (a comma-separated environment variable).
var splits = map[string]bool{"strings.Split": true, "strings.SplitN": true, "strings.Fields": true}

// cut cuts the known values of the string a split call cuts (a
// strings.Join of constants, "a,b") into the names they list. A value not
// known here (a field main fills, an environment variable) stays whole,
// and later is the separator to cut it by once it is known (" " for
// strings.Fields).
func (c *collector) cut(fn *types.Func, call *ast.CallExpr, vs []model.Value) (out []model.Value, later string) {
	sep := " "
	if fn.Name() != "Fields" {
		if len(call.Args) < 2 {
			return vs, ""
		}
		s, ok := constantString(c.pass, call.Args[1])
		if !ok || s == "" {
			return vs, ""
		}
		sep = s
	}
	for _, v := range vs {
		if _, known := v.Prefix(); !known || len(v.Parts) == 0 {
			out, later = append(out, v), sep
			continue
		}
		text, _ := v.Prefix()
		for _, n := range model.CutList(text, sep) {
			out = append(out, model.Value{Parts: []model.Part{{Lit: n}}})
		}
	}
	return out, later
}

// handle adds the names of the destination a value stands for, as the
// Maker of the call or literal that made it says.
func (c *collector) handle(o values.Origin, out *names, depth int) {
	if depth > maxHandleDepth {
		return
	}
	var (
		m  catalog.Maker
		ok bool
		s  = site{at: o}
	)
	switch x := o.Expr.(type) {
	case *ast.CallExpr:
		if o.Index > 0 {
			return
		}
		fn, _ := typeutil.Callee(c.pass.TypesInfo, x).(*types.Func)
		m, ok = catalog.MakerOf(fn)
		if !ok {
			c.madeElsewhere(o, x, out) // handles.go
		}
		s.call = x
	case *ast.CompositeLit:
		m, ok = catalog.LiteralMaker(c.pass.TypesInfo.TypeOf(x))
		s.lit = x
	}
	if !ok {
		return
	}
	var n, q names
	c.read(s, m.Dest, &n, depth+1)
	if len(n.dest) == 0 {
		c.read(s, m.Fallback, &n, depth+1)
	}
	c.read(s, m.Queue, &q, depth+1)
	out.dest = append(out.dest, n.dest...)
	out.queue = slices.Concat(out.queue, n.queue, q.dest, q.queue)
}

// sent returns the values sent on the channel call returns: directly
// (p.Input() <- msg) or through a variable that holds it.
func (c *collector) sent(call *ast.CallExpr) []operand {
	t := c.pass.TypesInfo.TypeOf(call)
	var out []operand
	for _, f := range c.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			s, ok := n.(*ast.SendStmt)
			if !ok {
				return true
			}
			ch := ast.Unparen(s.Chan)
			if ch == call {
				out = append(out, operand{e: s.Value})
				return true
			}
			if _, isCall := ch.(*ast.CallExpr); isCall || t == nil || !types.Identical(c.pass.TypesInfo.TypeOf(ch), t) {
				return true
			}
			for _, o := range c.vals.Origins(ch) {
				if o.Expr == call {
					out = append(out, operand{e: s.Value})
					break
				}
			}
			return true
		})
	}
	return out
}

// subscriptionTopic turns a Pub/Sub receive on a subscription named by id
// into a consume of the subscription's topic, when the package creates
// that subscription (CreateSubscription(ctx, id, cfg) with cfg.Topic).
func (c *collector) subscriptionTopic(m *model.Message) {
	var ids []string
	for _, v := range m.Destination {
		s, known := v.Prefix()
		id, ok := strings.CutPrefix(s, "subscription:")
		if !known || !ok {
			return
		}
		ids = append(ids, id)
	}
	var topics []model.Value
	for _, f := range c.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			fn, _ := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
			if fn == nil || !slices.Contains(catalog.SubscriptionCreators, fn.Origin().FullName()) {
				return true
			}
			mk, _ := catalog.MakerOf(fn)
			s := site{at: values.Origin{Expr: call, Index: -1}, call: call}
			var id, topic names
			c.read(s, mk.Queue, &id, 0)
			if !slices.ContainsFunc(id.dest, func(v model.Value) bool {
				s, known := v.Prefix()
				return known && slices.Contains(ids, s)
			}) {
				return true
			}
			c.read(s, mk.Dest, &topic, 0)
			topics = append(topics, topic.dest...)
			return true
		})
	}
	if len(topics) > 0 {
		m.Destination = dedupe(topics)
	}
}

// decorate trims and prefixes names as w says.
func decorate(vs []model.Value, w catalog.Where) []model.Value {
	if w.Trim == "" && w.Prefix == "" && w.Empty == "" {
		return vs
	}
	out := make([]model.Value, 0, len(vs))
	for _, v := range vs {
		if s, known := v.Prefix(); known && s == "" && w.Empty != "" {
			v = values.Unknown(w.Empty)
		}
		if w.Trim != "" {
			v = trim(v, w.Trim)
		}
		if w.Prefix != "" {
			v = values.Concat([]model.Value{values.Lit(w.Prefix)}, []model.Value{v})[0]
		}
		out = append(out, v)
	}
	return out
}

// trim drops v's text up to and including the last cut in its known parts.
func trim(v model.Value, cut string) model.Value {
	for i := len(v.Parts) - 1; i >= 0; i-- {
		p := v.Parts[i]
		if p != (values.Part{Lit: p.Lit}) {
			continue
		}
		if j := strings.LastIndex(p.Lit, cut); j >= 0 {
			rest := slices.Clone(v.Parts[i+1:])
			if tail := p.Lit[j+len(cut):]; tail != "" {
				rest = append([]values.Part{{Lit: tail}}, rest...)
			}
			return model.Value{Parts: rest}
		}
	}
	return v
}

func orUnknown(vs []model.Value) []model.Value {
	if len(vs) == 0 {
		return []model.Value{values.Unknown("?")}
	}
	return vs
}

// nonEmpty drops the names known to be empty: a JetStream pull
// subscription without a durable name has no queue.
func nonEmpty(vs []model.Value) []model.Value {
	return slices.DeleteFunc(vs, func(v model.Value) bool {
		s, known := v.Prefix()
		return known && s == ""
	})
}

func dedupe(vs []model.Value) []model.Value {
	var out []model.Value
	for _, v := range vs {
		if !slices.ContainsFunc(out, func(w model.Value) bool { return slices.Equal(v.Parts, w.Parts) }) {
			out = append(out, v)
		}
	}
	return out
}

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

func isStringList(t types.Type) bool {
	switch t := t.Underlying().(type) {
	case *types.Slice:
		return isString(t.Elem())
	case *types.Array:
		return isString(t.Elem())
	}
	return false
}
