package notimeout

import (
	"fmt"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/boundcheck/boundcheck/rules"
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
// the context parameter at Ctx.
type CallbackPair struct{ Func, Ctx int }

func (*CallbackFact) AFact() {}

func (f *CallbackFact) String() string { return fmt.Sprintf("callback%v", f.Pairs) }

// callbackSink handles a closure that became a sink on its context
// parameter p: each call that receives the closure is judged by the
// context it gets alongside.
func (c *checker) callbackSink(fn *ssa.Function, p SinkParam) {
	c.handedTo(fn, func(call ssa.CallInstruction, f *types.Func, ctx ssa.Value) bool {
		c.conclude(call.Parent(), call, c.context(ctx), outcome{
			call:  p.Call,
			limit: verdict{why: p.Uses},
			proto: "sink",
			via:   shortName(f) + "'s callback",
			file:  p.File,
			line:  p.Line,
			kind:  p.Kind,
		})
		return true
	})
}

// handedTo calls each with every call that receives the closure fn as an
// argument and the context that goes with it, until each returns false.
func (c *checker) handedTo(fn *ssa.Function, each func(call ssa.CallInstruction, f *types.Func, ctx ssa.Value) bool) {
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
			if j, ok := c.passesContext(common, f, i); ok && j < len(as) && !each(call, f, as[j]) {
				return
			}
		}
	}
}

func isClosureOf(v ssa.Value, fn *ssa.Function) bool {
	mc, ok := v.(*ssa.MakeClosure)
	return ok && mc.Fn == fn
}

// passesContext returns the index of the context parameter that f calls
// its function parameter i with.
func (c *checker) passesContext(common *ssa.CallCommon, f *types.Func, i int) (int, bool) {
	if static := common.StaticCallee(); static != nil && static.Pkg == c.flow.pkg && len(static.Blocks) > 0 {
		for _, pr := range c.callbackPairs(static) {
			if pr.Func == i {
				return pr.Ctx, true
			}
		}
		return 0, false
	}
	var fact CallbackFact
	if f.Pkg() != nil && f.Pkg() != c.pass.Pkg && c.pass.ImportObjectFact(f, &fact) {
		for _, pr := range fact.Pairs {
			if pr.Func == i {
				return pr.Ctx, true
			}
		}
		return 0, false
	}
	if common.IsInvoke() || f.Pkg() != nil && rules.IsLibrary(f.Pkg().Path()) {
		return onlyContext(f)
	}
	return 0, false
}

// onlyContext returns the index of f's context parameter when it has
// exactly one.
func onlyContext(f *types.Func) (int, bool) {
	sig, ok := f.Type().(*types.Signature)
	if !ok {
		return 0, false
	}
	at, n := 0, 0
	for k := 0; k < sig.Params().Len(); k++ {
		if rules.IsContext(sig.Params().At(k).Type()) {
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
				if !rules.IsContext(a.Type()) {
					continue
				}
				if v := c.context(a); v.state == param && v.fn == fn {
					pairs = append(pairs, CallbackPair{Func: fi, Ctx: v.index})
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
		if rules.IsContext(t) {
			hasCtx = true
		}
		if fs, ok := t.Underlying().(*types.Signature); ok {
			for j := 0; j < fs.Params().Len(); j++ {
				if rules.IsContext(fs.Params().At(j).Type()) {
					hasFunc = true
				}
			}
		}
	}
	return hasCtx && hasFunc
}

// closureContext returns the verdict on the context that the closure fn
// gets as its parameter index, from the function it is handed to.
func (c *checker) closureContext(fn *ssa.Function, index int) (verdict, bool) {
	if j, ok := onlyContext(fnSig(fn)); !ok || j != index {
		return verdict{}, false
	}
	var v verdict
	found := false
	c.handedTo(fn, func(_ ssa.CallInstruction, _ *types.Func, ctx ssa.Value) bool {
		v, found = c.context(ctx), true
		return false
	})
	return v, found
}

// fnSig returns a function's signature as a *types.Func would carry it.
func fnSig(fn *ssa.Function) *types.Func {
	return types.NewFunc(fn.Pos(), nil, fn.Name(), fn.Signature)
}
