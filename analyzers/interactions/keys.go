package interactions

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/boundcheck/boundcheck/model"
	"github.com/boundcheck/boundcheck/rules/catalog"
)

// assignedOnce returns the one expression the local variable e names is
// assigned in the function being walked (doc := bson.M{...}; id, err :=
// uuid.NewRandom() gives the call for id), or nil: e is no variable
// declared in the function, it is assigned more than once (a var
// declaration without a value counts), its address is taken, it is a
// range variable, or it is a later result of a call (err above).
func (c *collector) assignedOnce(e ast.Expr) ast.Expr {
	v := c.localVar(e)
	if v == nil {
		return nil
	}
	if c.assignsOf != c.body {
		c.indexAssigns()
	}
	a := c.assigns[v]
	if a == nil || a.count != 1 {
		return nil
	}
	return a.rhs
}

// An assignment is what indexAssigns knows of a local variable: how many
// times it is set (an address taken, an increment or a range counts
// twice), and the expression of the last.
type assignment struct {
	count int
	rhs   ast.Expr
}

// indexAssigns records, in one walk of the function being walked, how
// each of its variables is assigned (assignedOnce).
func (c *collector) indexAssigns() {
	c.assignsOf = c.body
	c.assigns = make(map[*types.Var]*assignment)
	at := func(v *types.Var) *assignment {
		a := c.assigns[v]
		if a == nil {
			a = new(assignment)
			c.assigns[v] = a
		}
		return a
	}
	assign := func(v *types.Var, lhs, values []ast.Expr, i int) {
		a := at(v)
		a.count++
		switch {
		case len(values) == len(lhs):
			a.rhs = values[i]
		case len(values) == 1 && i == 0:
			a.rhs = values[0]
		default:
			a.rhs = nil
		}
	}
	twice := func(e ast.Expr) {
		if v := c.varOf(e); v != nil {
			at(v).count += 2
		}
	}
	ast.Inspect(c.body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				v := c.varOf(l)
				if v == nil {
					continue
				}
				assign(v, n.Lhs, n.Rhs, i)
				if n.Tok != token.ASSIGN && n.Tok != token.DEFINE {
					at(v).count++ // x += ...
				}
			}
		case *ast.ValueSpec:
			lhs := make([]ast.Expr, len(n.Names))
			for i, name := range n.Names {
				lhs[i] = name
			}
			for i, name := range n.Names {
				if v := c.varOf(name); v != nil {
					assign(v, lhs, n.Values, i)
				}
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				twice(n.X)
			}
		case *ast.IncDecStmt:
			twice(n.X)
		case *ast.RangeStmt:
			twice(n.Key)
			twice(n.Value)
		}
		return true
	})
}

// localVar returns the variable e names when it is declared in the
// function being walked, else nil.
func (c *collector) localVar(e ast.Expr) *types.Var {
	v := c.varOf(e)
	if v == nil || c.body == nil || v.Pos() < c.body.Pos() || v.Pos() >= c.body.End() {
		return nil
	}
	return v
}

// varOf returns the variable the identifier e declares or uses, or nil.
func (c *collector) varOf(e ast.Expr) *types.Var {
	if e == nil {
		return nil
	}
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	if v, ok := c.pass.TypesInfo.Defs[id].(*types.Var); ok {
		return v
	}
	v, _ := c.pass.TypesInfo.Uses[id].(*types.Var)
	return v
}

// The keys of a query, for the idempotency check: whether an argument
// holds a new id made where the query runs (Query.FreshKey), and whether
// the arguments that pick its rows or keys are all constants
// (Query.ConstKey).

// maxFreshDepth bounds how deep freshExpr looks into an argument.
const maxFreshDepth = 8

// queryKeys sets q.FreshKey and q.ConstKey from the arguments of call,
// an operation op of the query catalog. Only a Redis command's keys and
// the arguments of a SQL text are keys: a builder's table name
// (sq.Insert("orders")), gorm's column and a MongoDB document pick no key
// of their own, and which of a document's fields is unique is not known.
// A key is fresh when a new id made here is among the keys and nothing
// else varies (a constant does not): an argument that is neither may be
// the message's key, which a unique index holds (INSERT ... (id, msg_id)
// VALUES (uuid, $msg)).
func (c *collector) queryKeys(call *ast.CallExpr, op catalog.QueryOp, q *model.Query) {
	_, after := c.sqlArgs(call, op)
	var keys []ast.Expr
	switch {
	case op.Protocol == "redis":
		for _, w := range op.Names {
			for _, o := range c.operands(site{call: call}, w) {
				keys = append(keys, o.e)
			}
		}
	case len(op.SQL) > 0:
		for _, a := range call.Args[min(after, len(call.Args)):] {
			if !catalog.IsContext(c.pass.TypesInfo.TypeOf(a)) {
				keys = append(keys, a)
			}
		}
	}
	if len(keys) == 0 || call.Ellipsis.IsValid() {
		return
	}
	q.ConstKey, q.FreshKey = true, false
	varies := false
	for _, k := range keys {
		switch {
		case c.constant(k):
		case c.freshExpr(k, 0):
			q.ConstKey, q.FreshKey = false, true
		default:
			q.ConstKey, varies = false, true
		}
	}
	q.FreshKey = q.FreshKey && !varies
}

// sqlArgs returns the indexes of call's arguments that hold the SQL text
// (op.SQL), and the index after the last of them (0 when there is none).
func (c *collector) sqlArgs(call *ast.CallExpr, op catalog.QueryOp) (map[int]bool, int) {
	args := make(map[int]bool)
	after := 0
	for _, w := range op.SQL {
		if w.Arg < 0 {
			continue
		}
		last := w.Arg
		if w.Rest {
			last = len(call.Args) - 1
		}
		for i := w.Arg; i <= last; i++ {
			args[i] = true
			after = max(after, i+1)
		}
	}
	return args, after
}

// freshExpr reports whether e is, or holds, a call of a fresh-id
// generator (catalog.FreshID): the call itself, a wrapper of one
// (uuid.Must), a conversion of one, a method called on one
// (uuid.New().String()), a composite literal with one among its elements
// (&Order{ID: uuid.NewString()}), a concatenation with one ("job:" +
// uuid.NewString()), or a local variable assigned one once in the
// function.
func (c *collector) freshExpr(e ast.Expr, depth int) bool {
	if e == nil || depth > maxFreshDepth {
		return false
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		return c.freshCall(e, depth)
	case *ast.CompositeLit:
		for _, elt := range e.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				elt = kv.Value
			}
			if c.freshExpr(elt, depth+1) {
				return true
			}
		}
	case *ast.UnaryExpr:
		return e.Op == token.AND && c.freshExpr(e.X, depth+1)
	case *ast.BinaryExpr:
		return e.Op == token.ADD && (c.freshExpr(e.X, depth+1) || c.freshExpr(e.Y, depth+1)) // "job:" + uuid.NewString()
	case *ast.Ident:
		return c.freshExpr(c.assignedOnce(e), depth+1)
	}
	return false
}

// freshCall reports whether call makes a fresh id or hands one on (see
// freshExpr).
func (c *collector) freshCall(call *ast.CallExpr, depth int) bool {
	if tv, ok := c.pass.TypesInfo.Types[call.Fun]; ok && tv.IsType() {
		return len(call.Args) == 1 && c.freshExpr(call.Args[0], depth+1) // string(id)
	}
	fn := calleeFunc(c.pass.TypesInfo, call)
	switch {
	case catalog.FreshID(fn):
		return true
	case catalog.FreshWrapper(fn):
		return len(call.Args) > 0 && c.freshExpr(call.Args[0], depth+1)
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	if s, ok := c.pass.TypesInfo.Selections[sel]; ok && s.Kind() == types.MethodVal {
		return c.freshExpr(sel.X, depth+1) // uuid.New().String()
	}
	return false
}
