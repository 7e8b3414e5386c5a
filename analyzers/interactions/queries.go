package interactions

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/boundcheck/boundcheck/internal/values"
	"github.com/boundcheck/boundcheck/model"
	"github.com/boundcheck/boundcheck/rules/catalog"
)

// Queries: the SQL statements a package runs (database/sql, sqlx, pgx) and
// the MongoDB collection operations it performs, recorded as model.Query
// as the catalog in rules describes them (queries.go). Each is linked,
// when its receiver can be traced, to the Datastore record (datastores.go)
// of the connection or collection it runs on: the receiver's origins, as
// the values package follows them through variables, struct fields and
// the package's own functions, must all be calls that made a Datastore
// record of this package, directly or through the values the catalog says
// hand a connection on (a transaction, an acquired connection), and all
// the same one. Anything else (a connection handed in by another package,
// a closure's parameter, two connections) leaves the link unset: the
// model does not guess.

// query records a statement or a collection operation.
func (c *collector) query(call *ast.CallExpr, fn *types.Func, node model.Node) {
	if catalog.ChainWrites(fn) {
		c.markChainWrites(call)
		return
	}
	op, ok := catalog.QueryOpOf(fn)
	if !ok {
		if c.entQuery(call, fn, node) {
			return
		}
		if !c.data {
			return
		}
		if op, ok = c.queryViaInterface(call, fn); !ok {
			return
		}
	}
	s := site{at: values.Origin{Expr: call, Index: -1}, call: call}
	q := model.Query{Protocol: op.Protocol, Write: op.Write || c.chainWrite[call], Verb: op.Verb, Func: node, Pos: call.Pos()}
	if v := c.updateVerb(s, op); v != "" {
		q.Verb = v
	}
	c.queryKeys(call, op, &q)
	for _, w := range op.SQL {
		for _, o := range c.operands(s, w) {
			q.SQL = append(q.SQL, c.vals.StringsAt(o.at, o.e)...)
		}
	}
	if len(op.SQL) > 0 {
		q.SQL = orUnknown(dedupe(q.SQL))
	}
	c.claimChecked(call, &q)
	for _, w := range op.Table {
		for _, o := range c.operands(s, w) {
			q.Table = append(q.Table, c.identifier(o)...)
		}
	}
	for _, w := range op.Names {
		for _, o := range c.operands(s, w) {
			if inner, ok := ast.Unparen(o.e).(*ast.CallExpr); ok {
				fn, _ := typeutil.Callee(c.pass.TypesInfo, inner).(*types.Func)
				if i, ok := catalog.NameArgOf(fn); ok && i < len(inner.Args) {
					o.e = inner.Args[i] // goqu.T("orders")
				}
			}
			for _, v := range c.vals.StringsAt(o.at, o.e) {
				if v.String() != "" { // sq.Delete("").From("carts") names it later
					q.Table = append(q.Table, v)
				}
			}
		}
	}
	if len(op.Names) > 0 && len(op.Table) == 0 && len(q.Table) == 0 {
		return // a builder that names no table here
	}
	if len(op.Table) > 0 || len(op.Names) > 0 {
		q.Table = orUnknown(dedupe(q.Table))
	}
	if op.Gorm {
		tables, ok := c.gormTables(s, op)
		if !ok {
			return
		}
		q.Table, q.Creates = tables, op.Creates
	}
	if op.Bun {
		tables, ok := c.bunTables(s, op)
		if !ok {
			return
		}
		q.Table, q.Creates = tables, op.Creates
	}
	found := make(map[*ast.CallExpr]bool)
	traced := false
	if op.Batch {
		traced = c.batchConns(s, op.Conn, found)
	} else {
		traced = c.connsAt(s, op.Conn, found, 0)
	}
	q.Conn = -1
	if traced && len(found) == 1 {
		for made := range found {
			c.links = append(c.links, queryLink{len(c.res.Queries), made})
		}
	}
	c.res.Queries = append(c.res.Queries, q)
}

// markChainWrites marks the builder calls that name a table in the
// receiver chain of call, a method that turns the statement into a write
// (catalog.ChainWrites): db.From("orders").Where(...).Delete() writes
// orders. The calls are visited after call (ast.Inspect visits a call
// before its receiver), and recorded as writes. Only the chain written
// in one expression is followed: a dataset kept in a variable and turned
// into a write later stays a read.
func (c *collector) markChainWrites(call *ast.CallExpr) {
	e := ast.Expr(call)
	for depth := 0; depth < 64; depth++ {
		inner, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok {
			return
		}
		sel, ok := ast.Unparen(inner.Fun).(*ast.SelectorExpr)
		if !ok {
			return
		}
		if inner != call {
			fn, _ := typeutil.Callee(c.pass.TypesInfo, inner).(*types.Func)
			if op, ok := catalog.QueryOpOf(fn); ok && len(op.Names) > 0 {
				if c.chainWrite == nil {
					c.chainWrite = make(map[*ast.CallExpr]bool)
				}
				c.chainWrite[inner] = true
			}
		}
		e = sel.X
	}
}

// A queryLink says that query i runs on what the call made, a call of
// the datastore catalog.
type queryLink struct {
	i    int
	made *ast.CallExpr
}

// linkQueries sets the Conn of each query whose receiver was traced to
// the call that made it, once the package's Datastore records are all
// made: the record of that call. A call that made no record (in a test
// file, which is not walked) links nothing.
func (c *collector) linkQueries() {
	for _, l := range c.links {
		if i, ok := c.dataIndex[l.made]; ok {
			c.res.Queries[l.i].Conn = i
		}
	}
}

// identifier resolves a pgx.Identifier (["schema", "table"]) to the names
// it joins with dots, as its composite literals write it.
func (c *collector) identifier(op operand) []model.Value {
	var out []model.Value
	for _, o := range c.vals.OriginsAt(op.at, op.e) {
		lit, ok := o.Expr.(*ast.CompositeLit)
		if !ok || len(lit.Elts) == 0 {
			out = append(out, values.Unknown("?"))
			continue
		}
		var name []model.Value
		for i, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				elt = kv.Value
			}
			part := c.vals.StringsAt(o, elt)
			if i == 0 {
				name = part
				continue
			}
			name = values.Concat(values.Concat(name, []model.Value{values.Lit(".")}), part)
		}
		out = append(out, name...)
	}
	return out
}

// connsAt adds to found the Datastore records the value w points at in s
// runs on, and reports whether every origin of the value led to one.
func (c *collector) connsAt(s site, w catalog.Where, found map[*ast.CallExpr]bool, depth int) bool {
	ops := c.operands(s, w)
	if len(ops) != 1 || ops[0].origin != nil {
		return false
	}
	return c.conns(ops[0].at, ops[0].e, found, depth)
}

// conns adds to found the Datastore records the value e, read at at, was
// made by; false when one of its origins is not such a record or a value
// the catalog says hands one on.
func (c *collector) conns(at values.Origin, e ast.Expr, found map[*ast.CallExpr]bool, depth int) bool {
	if depth > maxHandleDepth {
		return false
	}
	done, ok := c.follow(e)
	if !ok {
		return true
	}
	defer done()
	origins := c.vals.OriginsAt(at, e)
	if len(origins) == 0 {
		return false
	}
	for _, o := range origins {
		call, ok := o.Expr.(*ast.CallExpr)
		if !ok || o.Index > 0 {
			return false
		}
		fn, _ := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
		if _, isData := catalog.DataOpOf(fn); isData {
			found[call] = true
			continue
		}
		w, isSource := catalog.ConnSourceOf(fn)
		if !isSource {
			return false
		}
		next := depth + 1
		if w.Arg == catalog.ArgRecv {
			next = c.chainDepth(call, depth)
		}
		if !c.connsAt(site{at: o, call: call}, w, found, next) {
			return false
		}
	}
	return true
}

// follow marks the variable e names as followed, until done is called;
// false when it already is: a value chained on the variable itself
// (q = q.Where(...)) adds nothing to what its other origins made.
func (c *collector) follow(e ast.Expr) (done func(), ok bool) {
	id, isIdent := ast.Unparen(e).(*ast.Ident)
	if !isIdent {
		return func() {}, true
	}
	v, isVar := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !isVar {
		return func() {}, true
	}
	if c.following[v] {
		return nil, false
	}
	if c.following == nil {
		c.following = make(map[*types.Var]bool)
	}
	c.following[v] = true
	return func() { delete(c.following, v) }, true
}

// chainDepth is the depth at which the receiver of call is followed:
// depth itself when it is a call, in the same expression, of a function
// the catalog says hands a connection on (a link of
// db.NewSelect().Model(m).Where(...).Limit(1), a chain that ends where the
// expression does), one more else (a variable, a field, a function of the
// package), which maxHandleDepth bounds.
func (c *collector) chainDepth(call *ast.CallExpr, depth int) int {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return depth + 1
	}
	inner, ok := ast.Unparen(sel.X).(*ast.CallExpr)
	if !ok {
		return depth + 1
	}
	fn, _ := typeutil.Callee(c.pass.TypesInfo, inner).(*types.Func)
	if _, ok := catalog.ConnSourceOf(fn); !ok {
		return depth + 1
	}
	return depth
}

// A batchSend is a call that runs the statements queued on a pgx Batch.
type batchSend struct {
	call  *ast.CallExpr
	batch ast.Expr
}

// batchConns adds to found the Datastore records a pgx Batch, the value w
// points at in s, is sent on: the receivers of the SendBatch calls of the
// package that are given the same batch (made by the same literal or
// new, or held by the same variable). False when there is none, or one
// of them cannot be traced.
func (c *collector) batchConns(s site, w catalog.Where, found map[*ast.CallExpr]bool) bool {
	ops := c.operands(s, w)
	if len(ops) != 1 {
		return false
	}
	mine := c.batchKeys(ops[0].at, ops[0].e)
	if len(mine) == 0 {
		return false
	}
	sent := false
	for _, b := range c.batchSends() {
		shared := false
		for k := range c.batchKeys(values.Origin{}, b.batch) {
			shared = shared || mine[k]
		}
		if !shared {
			continue
		}
		sent = true
		if !c.connsAt(site{at: values.Origin{Expr: b.call, Index: -1}, call: b.call}, catalog.Where{Arg: catalog.ArgRecv}, found, 0) {
			return false
		}
	}
	return sent
}

// batchKeys names a batch by what made it (a composite literal, a call
// of new) and by the variable that holds it: var b pgx.Batch has no
// origin but its variable.
func (c *collector) batchKeys(at values.Origin, e ast.Expr) map[any]bool {
	keys := make(map[any]bool)
	for _, o := range c.vals.OriginsAt(at, e) {
		keys[o.Expr] = true
	}
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	if id, ok := e.(*ast.Ident); ok {
		if v, ok := c.pass.TypesInfo.Uses[id].(*types.Var); ok {
			keys[v] = true
		}
	}
	return keys
}

// batchSends returns the package's calls that send a pgx Batch, found
// once.
func (c *collector) batchSends() []batchSend {
	if c.sends != nil {
		return *c.sends
	}
	sends := []batchSend{}
	for _, f := range c.pass.Files {
		if strings.HasSuffix(c.pass.Fset.File(f.Pos()).Name(), "_test.go") {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			fn, _ := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
			if i, ok := catalog.BatchSendOf(fn); ok && i < len(call.Args) {
				sends = append(sends, batchSend{call, call.Args[i]})
			}
			return true
		})
	}
	c.sends = &sends
	return sends
}

// queryViaInterface returns the catalog entry a call of an interface
// method runs its statement like, when a catalogued type implements the
// interface: sqlc's DBTX (QueryRowContext, ExecContext) is a *sql.DB or a
// *sql.Tx, its pgx flavour a pool, a connection or a transaction.
func (c *collector) queryViaInterface(call *ast.CallExpr, fn *types.Func) (catalog.QueryOp, bool) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || !model.IsAbstract(fn) {
		return catalog.QueryOp{}, false
	}
	t := c.pass.TypesInfo.TypeOf(sel.X)
	if t == nil {
		return catalog.QueryOp{}, false
	}
	iface, ok := t.Underlying().(*types.Interface)
	if !ok {
		return catalog.QueryOp{}, false
	}
	full, ok := catalog.ImplementedBy(iface, catalog.QueryOpsByMethod(fn.Name()), c.imported)
	if !ok {
		return catalog.QueryOp{}, false
	}
	return catalog.QueryOpByName(full)
}

// imported returns the package at path among the imports of the package
// under analysis, direct or not, or nil.
func (c *collector) imported(path string) *types.Package {
	if c.pkgs == nil {
		c.pkgs = catalog.Imports(c.pass.Pkg)
	}
	return c.pkgs[path]
}
