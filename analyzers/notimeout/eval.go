package notimeout

import (
	"go/constant"
	"go/token"
	"go/types"
	"math"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/boundcheck/boundcheck/rules/catalog"
)

// evalFunc evaluates one kind of value.
type evalFunc func(c *checker, v ssa.Value) verdict

// evaluators maps a sink parameter's kind to its evaluator.
var evaluators = map[string]evalFunc{
	kindCtx:     (*checker).context,
	kindRequest: (*checker).request,
	kindGorm:    (*checker).gorm,
	kindSQLTx:   (*checker).sqlTx,
}

type memoKey struct {
	v    ssa.Value
	kind string
}

// eval merges the verdicts of v's origins, each judged by leaf.
//
// A value met again while it is being judged (a loop: c = derive(c))
// adds nothing to the merge. What was judged inside such a cycle, below
// the value that closes it, is not kept: it was judged without that
// value's own contribution, and is judged again when asked for itself.
func (c *checker) eval(v ssa.Value, kind string, leaf func(o origin) verdict) verdict {
	key := memoKey{v, kind}
	if r, ok := c.memo[key]; ok {
		if d, active := c.judging[key]; active {
			c.lowest = min(c.lowest, d) // a cycle back to an ancestor
		}
		return r
	}
	if c.judging == nil {
		c.judging = make(map[memoKey]int)
	}
	depth := len(c.judging)
	c.judging[key] = depth
	prev := c.lowest
	c.lowest = math.MaxInt
	c.memo[key] = isUnknown
	var vs []verdict
	for _, o := range c.flow.origins(v) {
		vs = append(vs, leaf(o))
	}
	r := merge(vs)
	delete(c.judging, key)
	if c.lowest < depth {
		delete(c.memo, key) // it leaned on an ancestor still being judged
		c.lowest = min(prev, c.lowest)
	} else {
		c.memo[key] = r
		c.lowest = prev
	}
	return r
}

// context judges a context.Context value.
func (c *checker) context(v ssa.Value) verdict {
	return c.eval(v, kindCtx, func(o origin) verdict {
		switch x := o.v.(type) {
		case *ssa.Const:
			if x.IsNil() {
				return noLimit("a nil context", o.at)
			}
		case *ssa.Parameter:
			if catalog.IsNamed(x.Type(), catalog.GinPath, "Context") {
				return verdict{state: incoming, pos: x.Pos(), gin: true, handler: x.Parent()}
			}
			if sigIndex(x) == 0 && isGoKitServerEndpoint(x.Parent()) {
				return verdict{state: incoming, pos: x.Pos(), handler: x.Parent()}
			}
			return paramVerdict(x, kindCtx)
		}
		if call := firstResult(o.v); call != nil {
			return c.contextCall(call)
		}
		if x, ok := o.v.(*ssa.Extract); ok && catalog.IsContext(x.Type()) {
			// span, ctx := opentracing.StartSpanFromContext(ctx, ...)
			if call, ok := x.Tuple.(*ssa.Call); ok {
				return c.derivedContext(call.Common(), x.Index)
			}
		}
		return isUnknown
	})
}

// commandContext judges cobra's cmd.Context() by the calls in this
// package that run the command tree: the context ExecuteContext is given,
// context.Background() for Execute. With none in sight (the tree runs
// from another package), it cannot tell.
func (c *checker) commandContext(at token.Pos) verdict {
	if len(c.flow.executes) == 0 {
		return isUnknown
	}
	var vs []verdict
	for _, common := range c.flow.executes {
		i, _ := catalog.CommandExecute(callee(common))
		if as := args(common); i >= 0 && i < len(as) {
			vs = append(vs, c.context(as[i]))
			continue
		}
		vs = append(vs, noLimit("the command's context, context.Background() as cobra's Execute gives it, which has no deadline", at))
	}
	// Every run must leave it without a deadline for a finding.
	for _, v := range vs {
		if v.state != unbounded {
			return isUnknown
		}
	}
	return merge(vs)
}

// derivedContext judges result i of a call, a context: a function that
// takes a context first and returns one derives it (WithCancel, WithValue,
// metadata.NewOutgoingContext, opentracing's StartSpanFromContext, ...).
func (c *checker) derivedContext(common *ssa.CallCommon, i int) verdict {
	sig := common.Signature()
	as := args(common)
	if sig == nil || sig.Params().Len() == 0 || len(as) == 0 || !catalog.IsContext(sig.Params().At(0).Type()) ||
		i >= sig.Results().Len() || !catalog.IsContext(sig.Results().At(i).Type()) {
		return isUnknown
	}
	return c.context(as[0])
}

// contextCall judges the context a call returns.
func (c *checker) contextCall(call *ssa.Call) verdict {
	common := call.Common()
	fn := callee(common)
	switch {
	case fn == nil:
		return isUnknown
	case catalog.IsRootContext(fn):
		return noLimit("context."+fn.Name()+"(), which has no deadline", call.Pos())
	case catalog.IsSessionContext(fn):
		return noLimit("the consumer group session's context, which has no deadline", call.Pos())
	case catalog.IsDeadline(fn):
		return isBounded
	case catalog.DropsDeadline(fn):
		return noLimit("context."+fn.Name()+", which drops the deadline", call.Pos())
	case fn.FullName() == "(*net/http.Request).Context":
		return c.request(receiver(common))
	case catalog.IsIncomingContext(fn):
		return verdict{state: incoming, pos: call.Pos(), handler: call.Parent()}
	case catalog.IsCommandContext(fn):
		return c.commandContext(call.Pos())
	}
	return c.derivedContext(common, 0)
}

// isGoKitServerEndpoint reports whether fn is the endpoint a go-kit
// MakeXEndpoint(svc) returns: a function literal of endpoint.Endpoint's
// signature written in a function that returns an endpoint.Endpoint and
// takes none (a middleware, func(next Endpoint) Endpoint, passes its
// caller's context on). A transport's server calls it with the incoming
// request's (or message's) context.
func isGoKitServerEndpoint(fn *ssa.Function) bool {
	if fn.Parent() == nil {
		return false
	}
	outer := fn.Parent()
	for outer.Parent() != nil {
		outer = outer.Parent()
	}
	sig := outer.Signature
	for i := 0; i < sig.Params().Len(); i++ {
		if catalog.IsGoKitEndpoint(sig.Params().At(i).Type()) {
			return false
		}
	}
	for i := 0; i < sig.Results().Len(); i++ {
		if t := sig.Results().At(i).Type(); catalog.IsGoKitEndpoint(t) {
			return types.Identical(fn.Signature, t.Underlying())
		}
	}
	return false
}

// paramVerdict says that a value comes from parameter p.
func paramVerdict(p *ssa.Parameter, kind string) verdict {
	i := sigIndex(p)
	if i < 0 {
		return isUnknown
	}
	return verdict{state: param, fn: p.Parent(), index: i, kind: kind, pos: p.Pos()}
}

// request judges the context of an *http.Request (or a wrapper of one).
func (c *checker) request(v ssa.Value) verdict {
	if v == nil {
		return isUnknown
	}
	return c.eval(v, kindRequest, func(o origin) verdict {
		switch x := o.v.(type) {
		case *ssa.Parameter:
			if isHandler(x.Parent()) {
				return verdict{state: incoming, pos: x.Pos(), handler: x.Parent()}
			}
			return paramVerdict(x, kindRequest)
		case *ssa.UnOp:
			// c.Request of a *gin.Context.
			if fa, ok := x.X.(*ssa.FieldAddr); ok && x.Op == token.MUL && catalog.IsNamed(fa.X.Type(), catalog.GinPath, "Context") {
				return verdict{state: incoming, pos: x.Pos(), handler: x.Parent()}
			}
		}
		if call := firstResult(o.v); call != nil {
			return c.requestCall(call)
		}
		return isUnknown
	})
}

func (c *checker) requestCall(call *ssa.Call) verdict {
	common := call.Common()
	fn := callee(common)
	if fn == nil {
		return isUnknown
	}
	as := args(common)
	switch fn.FullName() {
	case "net/http.NewRequest":
		v := noLimit("a request from http.NewRequest, which has no context", call.Pos())
		v.made, v.newRequest = "the request is made here", true
		return v
	case catalog.RetryablePath + ".NewRequest":
		v := noLimit("a request from retryablehttp.NewRequest, which has no context", call.Pos())
		v.made = "the request is made here"
		return v
	case "net/http.NewRequestWithContext", catalog.RetryablePath + ".NewRequestWithContext",
		"(*net/http.Request).WithContext", "(*net/http.Request).Clone", "(*" + catalog.RetryablePath + ".Request).WithContext":
		return c.context(as[0])
	case "(" + catalog.EchoPath + ".Context).Request":
		return verdict{state: incoming, pos: call.Pos(), handler: call.Parent()}
	}
	return isUnknown
}

// isHandler reports whether fn serves HTTP: it takes an http.ResponseWriter.
func isHandler(fn *ssa.Function) bool {
	for _, p := range fn.Params {
		if catalog.IsNamed(p.Type(), catalog.NetHTTPPath, "ResponseWriter") {
			return true
		}
	}
	return false
}

// gorm judges the context attached to a *gorm.DB: none unless a
// WithContext or a Session with a Context is on its chain.
func (c *checker) gorm(v ssa.Value) verdict {
	return c.eval(v, kindGorm, func(o origin) verdict {
		switch x := o.v.(type) {
		case *ssa.Parameter:
			if x.Parent().Parent() != nil {
				if r := c.gormCallback(x.Parent()); r != nil {
					v := c.gorm(r)
					if v.state == unbounded {
						// Reported once, on the Transaction call: its
						// statements inherit that context.
						return isUnknown
					}
					return v
				}
			}
			return paramVerdict(x, kindGorm)
		case *ssa.Extract:
			// db, err := gorm.Open(...)
			if call, ok := x.Tuple.(*ssa.Call); ok && x.Index == 0 {
				if fn := callee(call.Common()); fn != nil && fn.FullName() == catalog.GormPath+".Open" && gormDefaultTimeout(call.Common()) {
					return isBounded
				}
			}
		case *ssa.Call:
			common := x.Common()
			fn := callee(common)
			recv := receiver(common)
			if fn != nil {
				if m := c.gormFacade(common, fn); m != nil {
					fn = m // db.WithContext(ctx) on a facade interface
				}
			}
			if fn != nil && recv != nil && (catalog.IsNamed(recv.Type(), catalog.GormPath, "DB") || common.IsInvoke() && fn.Pkg() != nil && fn.Pkg().Path() == catalog.GormPath) {
				var ctx ssa.Value
				switch fn.Name() {
				case "WithContext":
					ctx = args(common)[0]
				case "Session":
					ctx = fieldStored(args(common)[0], "Context")
				case "Scopes":
					// A scope runs when the statement does, on the
					// *gorm.DB it returns: it may attach a context
					// (db.WithContext(ctx) in the scope), which is not
					// followed here.
					return isUnknown
				}
				if ctx == nil {
					return c.gorm(recv)
				}
				v := c.context(ctx)
				if v.state == unbounded && c.gormDefault(recv) {
					return isBounded // DefaultContextTimeout applies to a context without a deadline
				}
				return v
			}
		}
		return noLimit("a *gorm.DB with no WithContext", token.NoPos)
	})
}

// gormDefault reports whether the *gorm.DB v comes, on every path, from a
// gorm.Open with DefaultContextTimeout, whatever contexts its chain attaches.
func (c *checker) gormDefault(v ssa.Value) bool {
	r := c.eval(v, "gorm.default", func(o origin) verdict {
		var call *ssa.Call
		switch x := o.v.(type) {
		case *ssa.Call:
			call = x
		case *ssa.Extract:
			if x.Index == 0 {
				call, _ = x.Tuple.(*ssa.Call)
			}
		}
		if call == nil {
			return isUnknown
		}
		common := call.Common()
		fn := callee(common)
		switch {
		case fn == nil:
			return isUnknown
		case fn.FullName() == catalog.GormPath+".Open":
			if gormDefaultTimeout(common) {
				return isBounded
			}
			return isUnknown
		}
		if recv := receiver(common); recv != nil && catalog.IsNamed(recv.Type(), catalog.GormPath, "DB") {
			if c.gormDefault(recv) {
				return isBounded
			}
		}
		return isUnknown
	})
	return r.state == bounded
}

// gormDefaultTimeout reports whether gorm.Open gets a Config with
// DefaultContextTimeout set (gorm v1.30.3 and later put that deadline on
// every call without one).
func gormDefaultTimeout(open *ssa.CallCommon) bool {
	as := args(open)
	if len(as) < 2 {
		return false
	}
	for _, opt := range variadic(as[1]) {
		if mi, ok := opt.(*ssa.MakeInterface); ok {
			opt = mi.X
		}
		if v := fieldStored(opt, "DefaultContextTimeout"); v != nil && !isZero(v) {
			return true
		}
	}
	return false
}

// gormCallback returns the *gorm.DB whose Transaction method runs the
// closure fn, or nil.
func (c *checker) gormCallback(fn *ssa.Function) ssa.Value {
	for _, mc := range c.flow.closures[fn] {
		for _, r := range *mc.Referrers() {
			if call, ok := r.(ssa.CallInstruction); ok {
				common := call.Common()
				if f := callee(common); f != nil && f.Name() == "Transaction" {
					if recv := receiver(common); recv != nil && catalog.IsNamed(recv.Type(), catalog.GormPath, "DB") {
						return recv
					}
				}
			}
		}
	}
	return nil
}

// fieldStored returns the value stored into field name of the struct that
// alloc points to, when alloc is a composite literal or new(T) of this
// function, or nil.
func fieldStored(v ssa.Value, name string) ssa.Value {
	alloc, ok := v.(*ssa.Alloc)
	if !ok {
		return nil
	}
	for _, r := range *alloc.Referrers() {
		fa, ok := r.(*ssa.FieldAddr)
		if !ok {
			continue
		}
		if f := fieldVar(fa.X.Type(), fa.Field); f == nil || f.Name() != name {
			continue
		}
		for _, rr := range *fa.Referrers() {
			if s, ok := rr.(*ssa.Store); ok && s.Addr == fa {
				return s.Val
			}
		}
	}
	return nil
}

// limitFields judges a struct value whose timeout lives in its fields
// (an *http.Client's Timeout, a net.Dialer's Timeout or Deadline): bounded
// when one is set to something other than zero, unbounded when none is and
// the value does not escape into code that might set one.
func limitFields(alloc *ssa.Alloc, fields []string, what string) verdict {
	return limitFieldsExcept(alloc, fields, what, nil)
}

// limitFieldsExcept is limitFields for a value that is no escape when
// handed to the calls handed accepts (a client fed to the holes of
// clients.go).
func limitFieldsExcept(alloc *ssa.Alloc, fields []string, what string, handed func(ssa.CallInstruction) bool) verdict {
	escapes := false
	for _, r := range *alloc.Referrers() {
		switch r := r.(type) {
		case *ssa.FieldAddr:
			f := fieldVar(r.X.Type(), r.Field)
			if f == nil || !contains(fields, f.Name()) {
				continue
			}
			for _, rr := range *r.Referrers() {
				if s, ok := rr.(*ssa.Store); ok && s.Addr == r && !isZero(s.Val) {
					return isBounded
				}
			}
		case ssa.CallInstruction:
			if catalog.OutboundCall(callee(r.Common())) != nil {
				continue // dials with it (tls.DialWithDialer), sets nothing
			}
			if handed != nil && handed(r) {
				continue
			}
			if recv := receiver(r.Common()); (recv != alloc || r.Common().IsInvoke()) && !catalog.KeepsClient(callee(r.Common())) {
				escapes = true // handed to code that might set a timeout
			}
		case *ssa.Store:
			if r.Addr != alloc || isZero(r.Val) {
				continue // a zero value sets nothing: var c http.Client
			}
			// A struct literal copied in whole (c := http.Client{...}) is
			// judged by the fields it sets; any other value is not known.
			src := literalCopied(r.Val, alloc.Type())
			if src == nil {
				escapes = true
				continue
			}
			switch v := limitFieldsExcept(src, fields, what, handed); v.state {
			case bounded:
				return v
			case unknown:
				escapes = true
			}
		}
	}
	if escapes {
		return isUnknown
	}
	return noLimit(what, alloc.Pos())
}

// literalCopied returns the allocation of the struct literal whose value v
// copies (*t1, where t1 is the literal's own local of type typ), or nil.
// Only a literal's allocation (ssa names it "complit") is followed: it is
// set field by field, never copied into, so following it cannot go round
// (b := a; a = b copies variables into each other).
func literalCopied(v ssa.Value, typ types.Type) *ssa.Alloc {
	u, ok := v.(*ssa.UnOp)
	if !ok || u.Op != token.MUL {
		return nil
	}
	src, ok := u.X.(*ssa.Alloc)
	if !ok || src.Comment != "complit" || !types.Identical(src.Type(), typ) {
		return nil
	}
	return src
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// isZero reports whether v is a constant zero.
func isZero(v ssa.Value) bool {
	k, ok := v.(*ssa.Const)
	if !ok {
		return false
	}
	if k.Value == nil {
		return true
	}
	return k.Value.Kind() == constant.Int && constant.Sign(k.Value) == 0
}

// httpClient judges an *http.Client.
func (c *checker) httpClient(v ssa.Value) verdict {
	return c.eval(v, "http.Client", func(o origin) verdict {
		switch x := o.v.(type) {
		case *ssa.UnOp:
			if g, ok := x.X.(*ssa.Global); ok && x.Op == token.MUL && g.Pkg != nil &&
				catalog.IsNoTimeoutClientVar(g.Pkg.Pkg.Path(), g.Name()) {
				return noLimit(g.Pkg.Pkg.Name()+"."+g.Name()+", which has no timeout", token.NoPos)
			}
		case *ssa.Alloc:
			if catalog.IsNamed(x.Type(), catalog.NetHTTPPath, "Client") {
				if c.flow.storedTuned(x) {
					return isBounded
				}
				return limitFields(x, catalog.TimeoutFields["net/http.Client"], "a client without Timeout")
			}
		case *ssa.Global:
			// var client http.Client: the zero client, unless the package
			// writes it or one of its fields (no other package can: it
			// is unexported).
			if x.Pkg == c.flow.pkg && !x.Object().Exported() && catalog.IsNamed(x.Type(), catalog.NetHTTPPath, "Client") &&
				!c.flow.globalWritten[x] {
				return noLimit("a client without Timeout (the zero http.Client)", x.Pos())
			}
		case *ssa.Call:
			fn := callee(x.Common())
			if catalog.IsNoTimeoutClient(fn) {
				return noLimit(fn.Pkg().Name()+"."+fn.Name()+"(), a client without Timeout", x.Pos())
			}
			// StandardClient has no Timeout of its own; each attempt runs
			// on the retryable client's HTTPClient.
			if fn != nil && fn.FullName() == "(*"+catalog.RetryablePath+".Client).StandardClient" {
				return c.retryable(receiver(x.Common()))
			}
		}
		return isUnknown
	})
}

// dialer judges a *net.Dialer.
func (c *checker) dialer(v ssa.Value) verdict {
	return c.eval(v, "net.Dialer", func(o origin) verdict {
		if a, ok := o.v.(*ssa.Alloc); ok && catalog.IsNamed(a.Type(), "net", "Dialer") {
			return limitFields(a, catalog.TimeoutFields["net.Dialer"], "a net.Dialer without Timeout")
		}
		return isUnknown
	})
}

// retryable judges a *retryablehttp.Client: its HTTPClient from NewClient
// has no Timeout unless the code sets one or replaces the client.
func (c *checker) retryable(v ssa.Value) verdict {
	return c.eval(v, "retryablehttp.Client", func(o origin) verdict {
		var made ssa.Value
		switch x := o.v.(type) {
		case *ssa.Call:
			if fn := callee(x.Common()); fn != nil && fn.FullName() == catalog.RetryablePath+".NewClient" {
				made = x
			}
		case *ssa.Alloc:
			if catalog.IsNamed(x.Type(), catalog.RetryablePath, "Client") {
				made = x
			}
		}
		if made == nil {
			return isUnknown
		}
		if c.flow.storedTuned(made) {
			return isBounded
		}
		for _, r := range *made.Referrers() {
			fa, ok := r.(*ssa.FieldAddr)
			if !ok {
				continue
			}
			if f := fieldVar(fa.X.Type(), fa.Field); f == nil || f.Name() != "HTTPClient" {
				continue
			}
			for _, rr := range *fa.Referrers() {
				switch rr := rr.(type) {
				case *ssa.Store: // c.HTTPClient = client
					if rr.Addr == fa {
						return c.httpClient(rr.Val)
					}
				case *ssa.UnOp: // c.HTTPClient.Timeout = d
					for _, use := range *rr.Referrers() {
						if tfa, ok := use.(*ssa.FieldAddr); ok {
							if f := fieldVar(tfa.X.Type(), tfa.Field); f != nil && f.Name() == "Timeout" {
								return isBounded
							}
						}
					}
				}
			}
		}
		return noLimit("a retryablehttp client whose HTTPClient has no Timeout", made.Pos())
	})
}

// restyRequest judges a resty request: its context (SetContext) and the
// timeout of the client it came from.
func (c *checker) restyRequest(v ssa.Value) (limit, ctx verdict) {
	ctx = noLimit("a resty request without SetContext", token.NoPos)
	var lims, ctxs []verdict
	for _, o := range c.flow.origins(v) {
		call, ok := o.v.(*ssa.Call)
		if !ok {
			lims, ctxs = append(lims, isUnknown), append(ctxs, isUnknown)
			continue
		}
		common := call.Common()
		fn := callee(common)
		recv := receiver(common)
		switch role := catalog.RestyRole(fn); {
		case fn == nil || recv == nil:
			lims, ctxs = append(lims, isUnknown), append(ctxs, isUnknown)
		case role == catalog.RestySetContext && len(args(common)) == 1:
			ctxs = append(ctxs, c.context(args(common)[0]))
			l, _ := c.restyRequest(recv)
			lims = append(lims, l)
		case role == catalog.RestyRequest:
			lims = append(lims, c.restyClient(recv))
			ctxs = append(ctxs, ctx)
		case isResty(recv.Type(), "Request"):
			l, x := c.restyRequest(recv)
			lims, ctxs = append(lims, l), append(ctxs, x)
		default:
			lims, ctxs = append(lims, isUnknown), append(ctxs, isUnknown)
		}
	}
	return merge(lims), merge(ctxs)
}

// restyClient judges a resty client's timeout.
func (c *checker) restyClient(v ssa.Value) verdict {
	return c.eval(v, "resty.Client", func(o origin) verdict {
		call, ok := o.v.(*ssa.Call)
		if !ok {
			return isUnknown
		}
		if setterOnValue(call) || c.flow.storedTuned(call) {
			return isBounded
		}
		common := call.Common()
		fn := callee(common)
		switch {
		case fn == nil:
			return isUnknown
		case catalog.IsTimeoutSetter(fn):
			return isBounded
		case catalog.RestyRole(fn) == catalog.RestyNew:
			return noLimit("a resty client without SetTimeout", call.Pos())
		case catalog.RestyRole(fn) == catalog.RestyWithClient && len(args(common)) == 1:
			return c.httpClient(args(common)[0])
		}
		if recv := receiver(common); recv != nil && isResty(recv.Type(), "Client") {
			return c.restyClient(recv)
		}
		return isUnknown
	})
}

// setterOnValue reports whether a timeout setter is called on v later
// (client := resty.New(); client.SetTimeout(d)).
func setterOnValue(v ssa.Value) bool {
	for _, r := range *v.Referrers() {
		if call, ok := r.(ssa.CallInstruction); ok && receiver(call.Common()) == v && catalog.IsTimeoutSetter(callee(call.Common())) {
			return true
		}
	}
	return false
}

func isResty(t types.Type, name string) bool {
	for _, p := range catalog.RestyPaths {
		if catalog.IsNamed(t, p, name) {
			return true
		}
	}
	return false
}

// sqlTx judges an *sql.Tx (or *sqlx.Tx) by the BeginTx that made it.
func (c *checker) sqlTx(v ssa.Value) verdict {
	return c.eval(v, kindSQLTx, func(o origin) verdict {
		var call *ssa.Call
		switch x := o.v.(type) {
		case *ssa.Extract:
			call, _ = x.Tuple.(*ssa.Call)
		case *ssa.Call:
			call = x
		case *ssa.Parameter:
			if x.Parent().Parent() == nil {
				return paramVerdict(x, kindSQLTx)
			}
		case *ssa.UnOp:
			// tx.Exec on an *sqlx.Tx: the method is promoted from the
			// *sql.Tx it embeds, which is as bounded as the *sqlx.Tx.
			if fa, ok := x.X.(*ssa.FieldAddr); ok && x.Op == token.MUL && catalog.IsNamed(fa.X.Type(), catalog.SQLXPath, "Tx") {
				return c.sqlTx(fa.X)
			}
		}
		if call == nil {
			return isUnknown
		}
		fn := callee(call.Common())
		if fn == nil {
			return isUnknown
		}
		switch at, ok := catalog.TxBegin(fn); {
		case !ok:
			return isUnknown
		case at < 0:
			v := noLimit("a transaction from "+fn.Name()+", which has no context", call.Pos())
			v.made = "the transaction begins here"
			return v
		case at < len(args(call.Common())):
			return c.context(args(call.Common())[at])
		}
		return isUnknown
	})
}

// grpcConn reports whether the connection a gRPC client was made from
// carries a client interceptor that sets a deadline. It follows a generated
// client back to its constructor (NewXClient(conn)) and the connection back
// to grpc.Dial, DialContext or NewClient.
func (c *checker) grpcConn(v ssa.Value, depth int) bool {
	if v == nil || depth > 4 {
		return false
	}
	for _, o := range c.flow.origins(v) {
		call := firstResult(o.v)
		if call == nil {
			continue
		}
		common := call.Common()
		fn := callee(common)
		if fn == nil {
			continue
		}
		as := args(common)
		if fn.Pkg() != nil && fn.Pkg().Path() == catalog.GRPCPath {
			switch fn.Name() {
			case "Dial", "DialContext", "NewClient":
				if len(as) > 0 && c.hasDeadlineInterceptor(as[len(as)-1]) {
					return true
				}
			}
			continue
		}
		// A generated constructor: NewXClient(cc grpc.ClientConnInterface).
		for _, a := range as {
			if catalog.IsNamed(a.Type(), catalog.GRPCPath, "ClientConnInterface") || catalog.IsNamed(a.Type(), catalog.GRPCPath, "ClientConn") {
				if c.grpcConn(a, depth+1) {
					return true
				}
			}
		}
	}
	return false
}

// grpcConnParam returns 1 + the index of the parameter a gRPC client or
// connection comes from (directly, or through its generated constructor),
// or 0.
func (c *checker) grpcConnParam(v ssa.Value, depth int) int {
	if v == nil || depth > 4 {
		return 0
	}
	for _, o := range c.flow.origins(v) {
		switch x := o.v.(type) {
		case *ssa.Parameter:
			if i := sigIndex(x); i >= 0 {
				return i + 1
			}
		case *ssa.Call:
			for _, a := range args(x.Common()) {
				if catalog.IsNamed(a.Type(), catalog.GRPCPath, "ClientConnInterface") || catalog.IsNamed(a.Type(), catalog.GRPCPath, "ClientConn") {
					if i := c.grpcConnParam(a, depth+1); i > 0 {
						return i
					}
				}
			}
		}
	}
	return 0
}

// hasDeadlineInterceptor reports whether the dial options passed as opts
// install a unary client interceptor that sets a deadline.
func (c *checker) hasDeadlineInterceptor(opts ssa.Value) bool {
	for _, opt := range variadic(opts) {
		for _, o := range c.flow.origins(opt) {
			call, ok := o.v.(*ssa.Call)
			if !ok {
				continue
			}
			fn := callee(call.Common())
			if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != catalog.GRPCPath {
				continue
			}
			var interceptors []ssa.Value
			switch fn.Name() {
			case "WithUnaryInterceptor":
				interceptors = call.Common().Args
			case "WithChainUnaryInterceptor":
				interceptors = variadic(call.Common().Args[0])
			}
			for _, i := range interceptors {
				if c.setsDeadline(i) {
					return true
				}
			}
		}
	}
	return false
}

// setsDeadline reports whether an interceptor sets a deadline: it comes
// from a catalogued constructor, or it is a function of this package that
// calls context.WithTimeout or WithDeadline.
func (c *checker) setsDeadline(v ssa.Value) bool {
	for _, o := range c.flow.origins(v) {
		var fn *ssa.Function
		switch x := o.v.(type) {
		case *ssa.Call:
			if catalog.IsDeadlineInterceptor(callee(x.Common())) {
				return true
			}
		case *ssa.Function:
			fn = x
		case *ssa.MakeClosure:
			fn, _ = x.Fn.(*ssa.Function)
		}
		if fn != nil && callsDeadline(fn) {
			return true
		}
	}
	return false
}

// callsDeadline reports whether fn, or a closure in it, calls
// context.WithTimeout or WithDeadline.
func callsDeadline(fn *ssa.Function) bool {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if call, ok := instr.(ssa.CallInstruction); ok && catalog.IsDeadline(callee(call.Common())) {
				return true
			}
		}
	}
	for _, anon := range fn.AnonFuncs {
		if callsDeadline(anon) {
			return true
		}
	}
	return false
}

// mongoClient reports whether the client a collection, database or client
// value came from was built with a client-wide timeout.
func (c *checker) mongoClient(v ssa.Value, depth int) verdict {
	if v == nil || depth > 6 {
		return isUnknown
	}
	var vs []verdict
	for _, o := range c.flow.origins(v) {
		call := firstResult(o.v)
		if call == nil {
			vs = append(vs, isUnknown) // a parameter, a field nobody here writes
			continue
		}
		common := call.Common()
		fn := callee(common)
		if fn == nil {
			vs = append(vs, isUnknown)
			continue
		}
		if recv := receiver(common); recv != nil && fn.Pkg() != nil && catalog.IsMongo(fn.Pkg().Path()) {
			vs = append(vs, c.mongoClient(recv, depth+1)) // Database(), Collection()
			continue
		}
		if !catalog.IsMongoConnect(fn) {
			vs = append(vs, isUnknown)
			continue
		}
		limited := false
		for _, a := range args(common) {
			for _, opt := range append(variadic(a), a) {
				limited = limited || c.optionsTimeout(opt, 0)
			}
		}
		if limited {
			vs = append(vs, isBounded)
		} else {
			vs = append(vs, verdict{state: unbounded, pos: call.Pos()}) // no why: the message names the context
		}
	}
	return merge(vs)
}

// optionsTimeout reports whether a builder chain of client options calls a
// timeout setter (options.Client().ApplyURI(u).SetTimeout(d)), or sets
// timeoutMS in a constant URI.
func (c *checker) optionsTimeout(v ssa.Value, depth int) bool {
	if depth > 12 {
		return false
	}
	for _, o := range c.flow.origins(v) {
		call, ok := o.v.(*ssa.Call)
		if !ok {
			continue
		}
		if setterOnValue(call) {
			return true
		}
		common := call.Common()
		fn := callee(common)
		if catalog.IsTimeoutSetter(fn) {
			return true
		}
		if catalog.IsMongoURIOption(fn) && len(args(common)) == 1 {
			if k, ok := args(common)[0].(*ssa.Const); ok && k.Value != nil && k.Value.Kind() == constant.String &&
				strings.Contains(strings.ToLower(constant.StringVal(k.Value)), "timeoutms=") {
				return true
			}
		}
		if recv := receiver(common); recv != nil && c.optionsTimeout(recv, depth+1) {
			return true
		}
	}
	return false
}

// firstResult returns the call whose first result v is, or nil.
func firstResult(v ssa.Value) *ssa.Call {
	switch x := v.(type) {
	case *ssa.Call:
		return x
	case *ssa.Extract:
		if call, ok := x.Tuple.(*ssa.Call); ok && x.Index == 0 {
			return call
		}
	}
	return nil
}
