package notimeout

import (
	"fmt"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/boundcheck/boundcheck/analyzers/check"
	"github.com/boundcheck/boundcheck/rules/catalog"
)

// A closure whose context parameter reaches an outbound call gets its
// context from whoever calls it. When the closure is handed to a function
// that also takes a context (tx.RunInTransaction(ctx, func(ctx
// context.Context) error {...})), the function usually passes that context
// on: the analyzer checks that it does when it can see the function (in
// this package, or through a CallbackFact), and assumes so for the
// catalogued libraries and for interface methods, whose implementations it
// cannot see here.

// A CallbackFact lists the function parameters of a function that it calls
// with one of its own context parameters, unchanged.
type CallbackFact struct {
	Pairs []CallbackPair
}

// A CallbackPair says that the function parameter at Func is called with
// the context parameter at Ctx, or, when Ctx is -1, with a context that has
// no deadline: Why, made at File:Line.
type CallbackPair struct {
	Func, Ctx int
	Why       string
	File      string
	Line      int
}

func (*CallbackFact) AFact() {}

func (f *CallbackFact) String() string {
	var b strings.Builder
	b.WriteString("callback[")
	for i, p := range f.Pairs {
		if i > 0 {
			b.WriteString(" ")
		}
		if p.Ctx >= 0 {
			fmt.Fprintf(&b, "{%d %d}", p.Func, p.Ctx)
		} else {
			fmt.Fprintf(&b, "{%d %s}", p.Func, p.Why)
		}
	}
	b.WriteString("]")
	return b.String()
}

// callbackSink handles a closure that became a sink on its context
// parameter p: each call that receives the closure is judged by the
// context it gets alongside.
func (c *checker) callbackSink(fn *ssa.Function, p SinkParam) {
	c.handedTo(fn, func(call ssa.CallInstruction, f *types.Func, ctx verdict) bool {
		c.conclude(call.Parent(), call, ctx, outcome{
			proto:   "sink",
			via:     shortName(f) + "'s callback",
			reaches: p.Reaches,
			kind:    p.Kind,
		})
		return true
	})
}

// handedTo calls each with every call that receives the closure fn as an
// argument and the verdict on the context it will be called with, until
// each returns false.
func (c *checker) handedTo(fn *ssa.Function, each func(call ssa.CallInstruction, f *types.Func, ctx verdict) bool) {
	var uses []ssa.Instruction
	if refs := fn.Referrers(); refs != nil {
		uses = append(uses, *refs...)
	}
	for _, mc := range c.flow.closures[fn] {
		uses = append(uses, *mc.Referrers()...)
	}
	for _, u := range uses {
		call, ok := u.(ssa.CallInstruction)
		if !ok {
			continue
		}
		common := call.Common()
		f := callee(common)
		if f == nil {
			continue
		}
		as := args(common)
		for i, a := range as {
			if a != ssa.Value(fn) && !isClosureOf(a, fn) {
				continue
			}
			if v, ok := c.handedContext(common, f, i); ok && !each(call, f, v) {
				return
			}
		}
	}
}

func isClosureOf(v ssa.Value, fn *ssa.Function) bool {
	mc, ok := v.(*ssa.MakeClosure)
	return ok && mc.Fn == fn
}

// handedContext returns the verdict on the context that f calls its
// function parameter i with, in the call common.
func (c *checker) handedContext(common *ssa.CallCommon, f *types.Func, i int) (verdict, bool) {
	var pairs []CallbackPair
	switch static := staticCallee(common); {
	case static != nil && static.Pkg == c.flow.pkg && len(static.Blocks) > 0:
		pairs = c.callbackPairs(static)
	case f.Pkg() != nil && f.Pkg() != c.pass.Pkg && c.pass.ImportObjectFact(f, new(CallbackFact)):
		var fact CallbackFact
		c.pass.ImportObjectFact(f, &fact)
		pairs = fact.Pairs
	case common.IsInvoke() || f.Pkg() != nil && catalog.IsLibrary(f.Pkg().Path()):
		// Out of sight: assume it passes on the context it gets.
		if j, ok := onlyContext(f.Type().(*types.Signature)); ok {
			pairs = []CallbackPair{{Func: i, Ctx: j}}
		}
	}
	as := args(common)
	for _, pr := range pairs {
		switch {
		case pr.Func != i:
		case pr.Ctx >= 0 && pr.Ctx < len(as):
			return c.context(as[pr.Ctx]), true
		case pr.Ctx < 0:
			return noLimit(fmt.Sprintf("%s (%s:%d)", pr.Why, pr.File, pr.Line), token.NoPos), true
		}
	}
	return verdict{}, false
}

// onlyContext returns the index of the context parameter of a signature
// that has exactly one.
func onlyContext(sig *types.Signature) (int, bool) {
	at, n := 0, 0
	for k := 0; k < sig.Params().Len(); k++ {
		if catalog.IsContext(sig.Params().At(k).Type()) {
			at, n = k, n+1
		}
	}
	return at, n == 1
}

// callbackPairs returns the function parameters fn calls with one of its
// own context parameters, unchanged.
func (c *checker) callbackPairs(fn *ssa.Function) []CallbackPair {
	if pairs, ok := c.pairs[fn]; ok {
		return pairs
	}
	c.pairs[fn] = nil
	var pairs []CallbackPair
	for i, p := range fn.Params {
		if _, ok := p.Type().Underlying().(*types.Signature); !ok {
			continue
		}
		fi := i
		if fn.Signature.Recv() != nil {
			fi--
		}
		for _, r := range *p.Referrers() {
			call, ok := r.(ssa.CallInstruction)
			if !ok || call.Common().Value != p {
				continue
			}
			for _, a := range call.Common().Args {
				if !catalog.IsContext(a.Type()) {
					continue
				}
				switch v := c.context(a); {
				case v.state == param && v.fn == fn:
					pairs = append(pairs, CallbackPair{Func: fi, Ctx: v.index})
				case v.state == unbounded:
					pos := c.pass.Fset.Position(v.pos)
					if !v.pos.IsValid() {
						pos = c.pass.Fset.Position(call.Pos())
					}
					pairs = append(pairs, CallbackPair{Func: fi, Ctx: -1, Why: v.why, File: check.BaseName(pos.Filename), Line: pos.Line})
				}
			}
		}
	}
	c.pairs[fn] = pairs
	return pairs
}

// runsCallback reports whether f takes a context and a function that takes
// one too: it may hand its context to the function.
func runsCallback(f *types.Func) bool {
	sig, ok := f.Type().(*types.Signature)
	if !ok {
		return false
	}
	hasCtx, hasFunc := false, false
	for i := 0; i < sig.Params().Len(); i++ {
		t := sig.Params().At(i).Type()
		if catalog.IsContext(t) {
			hasCtx = true
		}
		if fs, ok := t.Underlying().(*types.Signature); ok {
			for j := 0; j < fs.Params().Len(); j++ {
				if catalog.IsContext(fs.Params().At(j).Type()) {
					hasFunc = true
				}
			}
		}
	}
	return hasCtx && hasFunc
}

// takesCallback reports whether f takes a function that takes a context:
// it may call the function with a context of its own making
// (signal.NotifyContext(context.Background(), ...)), which its CallbackFact
// says.
func takesCallback(f *types.Func) bool {
	sig, ok := f.Type().(*types.Signature)
	if !ok {
		return false
	}
	for i := 0; i < sig.Params().Len(); i++ {
		if fs, ok := sig.Params().At(i).Type().Underlying().(*types.Signature); ok {
			if _, ok := onlyContext(fs); ok {
				return true
			}
		}
	}
	return false
}

// closureContext returns the verdict on the context that the closure fn
// gets as its parameter index, from the function it is handed to.
func (c *checker) closureContext(fn *ssa.Function, index int) (verdict, bool) {
	if j, ok := onlyContext(fn.Signature); !ok || j != index {
		return verdict{}, false
	}
	var v verdict
	found := false
	c.handedTo(fn, func(_ ssa.CallInstruction, _ *types.Func, ctx verdict) bool {
		v, found = ctx, true
		return false
	})
	return v, found
}

// functionValues judges the named functions and methods handed as values
// (consumer.Start(h.Handle)) whose context parameter reaches an outbound
// call: by the context the function they are handed to calls them with.
// It runs once the package's own sinks are known, and again while it finds
// new ones.
func (c *checker) functionValues(funcs []*ssa.Function) {
	for round := 0; round < 4; round++ {
		before := c.sinkCount()
		for _, fn := range funcs {
			for _, b := range fn.Blocks {
				for _, instr := range b.Instrs {
					if call, ok := instr.(ssa.CallInstruction); ok {
						c.handedFunctions(fn, call)
					}
				}
			}
		}
		if c.sinkCount() == before {
			return
		}
	}
}

func (c *checker) sinkCount() int {
	n := 0
	for _, ps := range c.sinks {
		for _, p := range ps {
			n += len(p.Reaches)
		}
	}
	return n
}

// handedFunctions judges the function values among call's arguments.
func (c *checker) handedFunctions(fn *ssa.Function, call ssa.CallInstruction) {
	common := call.Common()
	f := callee(common)
	if f == nil {
		return
	}
	for i, a := range args(common) {
		obj, ps := c.valueSinks(a)
		if obj == nil {
			continue
		}
		k, ok := onlyContext(obj.Type().(*types.Signature))
		if !ok {
			continue
		}
		for _, p := range ps {
			if p.Index != k || p.Kind != kindCtx {
				continue
			}
			v, ok := c.handedContext(common, f, i)
			if !ok {
				continue
			}
			c.conclude(fn, call, v, outcome{
				proto:   "sink",
				via:     shortName(f) + " calling " + shortName(obj),
				reaches: p.Reaches,
				kind:    p.Kind,
			})
		}
	}
}

// valueSinks returns the named function or method a function value
// denotes, and its sinks.
func (c *checker) valueSinks(v ssa.Value) (*types.Func, []SinkParam) {
	var obj *types.Func
	switch x := v.(type) {
	case *ssa.Function:
		if x.Parent() != nil {
			return nil, nil // a closure: see callbackSink
		}
		obj, _ = x.Object().(*types.Func)
	case *ssa.MakeClosure: // a bound method value, h.Handle
		if fn, ok := x.Fn.(*ssa.Function); ok && fn.Parent() == nil {
			obj, _ = fn.Object().(*types.Func)
		}
	}
	if obj == nil {
		return nil, nil
	}
	if local := c.named[obj]; local != nil {
		return obj, c.sinks[local]
	}
	var fact SinkFact
	if obj.Pkg() != nil && obj.Pkg() != c.pass.Pkg && c.pass.ImportObjectFact(obj, &fact) {
		return obj, fact.Params
	}
	return nil, nil
}
