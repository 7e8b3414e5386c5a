package interactions

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/boundcheck/boundcheck/internal/values"
	"github.com/boundcheck/boundcheck/model"
	"github.com/boundcheck/boundcheck/rules/catalog"
)

// Datastores: the connections a package opens to SQL databases (the Open
// of ent's generated code among them), MongoDB and Redis, and the MongoDB
// databases and collections it names on its clients, recorded as
// model.Datastore as the catalog in rules describes them. The resource ids
// they name, and how the whole program resolves them, are the model's
// (model/datastores.go).

// datastore records a connection to a datastore, or a MongoDB database or
// collection named on a client.
func (c *collector) datastore(call *ast.CallExpr, fn *types.Func, node model.Node) {
	op, ok := catalog.DataOpOf(fn)
	if !ok && c.ent && !ast.IsGenerated(c.file) {
		// ent's own generated code (enttest.Open) opens a client on the
		// address its caller gives: no connection of its own.
		op, ok = catalog.EntDataOpOf(fn)
	}
	if !ok {
		return
	}
	var f dataFound
	c.dataRead(site{at: values.Origin{Expr: call, Index: -1}, call: call}, op, &f, 0)
	c.dataIndex[call] = len(c.res.Datastores)
	c.res.Datastores = append(c.res.Datastores, model.Datastore{
		Protocol:   op.Protocol,
		Role:       op.Role,
		Engine:     f.engine,
		Addr:       dedupe(f.addr),
		Database:   dedupe(f.db),
		Collection: dedupe(f.coll),
		Func:       node,
		Pos:        call.Pos(),
	})
}

// dataFound collects what a datastore call's Wheres find, following the
// values it is given to the calls and literals that made them.
type dataFound struct {
	engine             string
	addr, db, coll     []model.Value
	driverKnown, dbSet bool
}

// dataRead reads op's Wheres at s: the engine, the address, the Redis
// database and the name a Database or Collection call gives.
func (c *collector) dataRead(s site, op catalog.DataOp, f *dataFound, depth int) {
	if f.engine == "" {
		f.engine = op.Engine
	}
	for _, w := range op.Driver {
		for _, o := range c.operands(s, w) {
			for _, v := range c.vals.StringsAt(o.at, o.e) {
				if name, known := v.Prefix(); known && name != "" && !f.driverKnown {
					f.engine, f.driverKnown = catalog.SQLEngine(name), true
				}
			}
		}
	}
	c.dataAddr(s, op.Addr, f, depth)
	c.dataDB(s, op.DB, f)
	switch op.Role {
	case catalog.DataDatabase:
		f.db = append(f.db, c.dataNames(s, op.Name)...)
	case catalog.DataCollection:
		f.coll = append(f.coll, c.dataNames(s, op.Name)...)
	}
}

// dataAddr adds the addresses ws finds at s: a string is one, a []string
// a cluster's (the first stands for all), and another value names its
// address as the call or literal that made it says.
func (c *collector) dataAddr(s site, ws []catalog.Where, f *dataFound, depth int) {
	for _, w := range ws {
		for _, op := range c.operands(s, w) {
			if op.origin != nil {
				c.dataOrigin(*op.origin, f, depth)
				continue
			}
			t := c.pass.TypesInfo.TypeOf(op.e)
			switch {
			case t == nil || isString(t):
				f.addr = append(f.addr, c.vals.StringsAt(op.at, op.e)...)
			case isStringList(t):
				if vs, _ := c.list(op); len(vs) > 0 {
					f.addr = append(f.addr, vs[0])
				}
			default:
				for _, o := range c.vals.OriginsAt(op.at, op.e) {
					c.dataOrigin(o, f, depth)
				}
			}
		}
	}
}

// dataOrigin reads the address of the value a call or literal made: a
// connection or a database the catalog knows (a mongo client), or a value
// a DataMaker describes (a pgx config, a gorm dialector, redis options).
func (c *collector) dataOrigin(o values.Origin, f *dataFound, depth int) {
	if depth > maxHandleDepth {
		return
	}
	var (
		m  catalog.DataMaker
		ok bool
		s  = site{at: o}
	)
	switch x := o.Expr.(type) {
	case *ast.CallExpr:
		if o.Index > 0 {
			return
		}
		fn, _ := typeutil.Callee(c.pass.TypesInfo, x).(*types.Func)
		s.call = x
		if op, isOp := catalog.DataOpOf(fn); isOp {
			c.dataRead(s, op, f, depth+1)
			return
		}
		m, ok = catalog.DataMakerOf(fn)
	case *ast.CompositeLit:
		m, ok = catalog.DataLiteralMaker(c.pass.TypesInfo.TypeOf(x))
		s.lit = x
	}
	if !ok {
		return
	}
	if f.engine == "" {
		f.engine = m.Engine
	}
	c.dataAddr(s, m.Addr, f, depth+1)
	c.dataDB(s, m.DB, f)
}

// dataDB records the Redis database number ws finds at s, when it is a
// constant.
func (c *collector) dataDB(s site, ws []catalog.Where, f *dataFound) {
	for _, w := range ws {
		for _, op := range c.operands(s, w) {
			if op.origin != nil || f.dbSet {
				continue
			}
			for _, v := range c.vals.StringsAt(op.at, op.e) {
				if n, known := v.Prefix(); known && isNumber(n) {
					f.db, f.dbSet = append(f.db, values.Lit(n)), true
					break
				}
			}
		}
	}
}

// dataNames resolves the names of databases or collections ws finds at s.
func (c *collector) dataNames(s site, ws []catalog.Where) []model.Value {
	var out []model.Value
	for _, w := range ws {
		for _, op := range c.operands(s, w) {
			if op.origin == nil {
				out = append(out, c.vals.StringsAt(op.at, op.e)...)
			}
		}
	}
	return orUnknown(out)
}

func isNumber(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
