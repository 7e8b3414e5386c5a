package interactions

import (
	"go/ast"
	"go/types"
	"reflect"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/boundcheck/boundcheck/internal/values"
	"github.com/boundcheck/boundcheck/model"
	"github.com/boundcheck/boundcheck/rules/catalog"
)

// bun: the tables a bun query reads or writes, recorded at the method that
// runs it (Scan, Exec, Count, ...; catalog.QueryOp.Bun). Its tables are
// those the methods its receiver was chained from name, back to the New...
// that started it, through variables as the values package follows them:
// ModelTableExpr's, which replaces the model's table, else the table of
// Model's type; and those of Table and TableExpr. An expression names the
// table of its first word ("orders AS o" → orders); one that starts with
// anything else (a subquery, a "?") names an unresolved table. A model's
// table is what the tag of its embedded bun.BaseModel field names
// (`bun:"table:orders,alias:o"`, or `bun:"orders"`; a SELECT reads the
// select option's table when there is one), else the table of a struct it
// embeds with `bun:",inherit"`, else bun's default: its type's name with
// underscores, plural. A model of no named struct type (an interface{}
// parameter, a map) names an unresolved table, unless Table names one.
// A query whose chain names no table (db.NewSelect().ColumnExpr("1")) is
// not recorded; one whose chain cannot be followed (a query handed in)
// reads or writes an unresolved table. Not followed: a method called on a
// query variable for its effect alone (q.Where(...) without q = ...), the
// tables of With, Union, Relation and subqueries.

// A bunScope is what the receiver chain of a bun query names.
type bunScope struct {
	tables []model.Value // of Table and TableExpr
	models []model.Value // of Model's types
	exprs  []model.Value // of ModelTableExpr
	// lost says that an origin of the chain is not a method of bun's
	// chain or a New... that starts a query: a query handed in.
	lost bool
}

// bunTables returns the tables of the bun query run at s, and false when
// its chain names none.
func (c *collector) bunTables(s site, op catalog.QueryOp) ([]model.Value, bool) {
	var sc bunScope
	recv := c.operands(s, catalog.Where{Arg: catalog.ArgRecv})
	if len(recv) != 1 {
		sc.lost = true
	}
	for _, r := range recv {
		c.bunScope(r.at, r.e, &sc, !op.Write, 0)
	}
	out := sc.exprs
	if len(sc.exprs) == 0 {
		for _, m := range sc.models {
			if m.Known() || len(sc.tables) == 0 { // a map model takes Table's table
				out = append(out, m)
			}
		}
	}
	out = append(out, sc.tables...)
	if len(out) == 0 && !sc.lost {
		return nil, false
	}
	return orUnknown(dedupe(out)), true
}

// bunScope adds to sc what the bun query e, read at at, was chained from
// names; selects says that the query is a SELECT.
func (c *collector) bunScope(at values.Origin, e ast.Expr, sc *bunScope, selects bool, depth int) {
	if depth > maxHandleDepth {
		sc.lost = true
		return
	}
	done, ok := c.follow(e)
	if !ok {
		return
	}
	defer done()
	origins := c.vals.OriginsAt(at, e)
	if len(origins) == 0 {
		sc.lost = true
	}
	for _, o := range origins {
		call, ok := o.Expr.(*ast.CallExpr)
		if !ok || o.Index > 0 {
			sc.lost = true
			continue
		}
		fn, _ := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
		if catalog.BunStarts(fn) {
			continue
		}
		if !catalog.BunChain(fn) {
			sc.lost = true
			continue
		}
		c.bunNames(o, call, fn.Name(), sc, selects)
		for _, r := range c.operands(site{at: o, call: call}, catalog.Where{Arg: catalog.ArgRecv}) {
			c.bunScope(r.at, r.e, sc, selects, c.chainDepth(call, depth))
		}
	}
}

// bunNames adds to sc the tables the chained method name, called at o,
// names.
func (c *collector) bunNames(o values.Origin, call *ast.CallExpr, name string, sc *bunScope, selects bool) {
	if len(call.Args) == 0 {
		return
	}
	switch name {
	case "Model":
		sc.models = append(sc.models, c.bunModel(call.Args[0], selects))
	case "Table":
		for _, a := range call.Args {
			for _, v := range c.vals.StringsAt(o, a) {
				sc.tables = append(sc.tables, tableWord(v))
			}
		}
	case "TableExpr":
		for _, v := range c.vals.StringsAt(o, call.Args[0]) {
			sc.tables = append(sc.tables, tableWord(v))
		}
	case "ModelTableExpr":
		for _, v := range c.vals.StringsAt(o, call.Args[0]) {
			sc.exprs = append(sc.exprs, tableWord(v))
		}
	}
}

// tableWord returns the table an expression of bun's names: its first
// word, without quotes ("orders AS o" → orders, `"orders"` → orders); an
// unresolved table when the expression starts with anything but a name
// ("(SELECT ...) AS x", "? AS o"). A text with an unknown part and no
// space before it stays as it is, which no table matches.
func tableWord(v model.Value) model.Value {
	known, _ := v.Prefix()
	word, _, cut := strings.Cut(strings.TrimLeft(known, " \t\n"), " ")
	if !cut && !v.Known() {
		return v
	}
	word = strings.Trim(strings.TrimRight(word, "\t\n"), "\"`")
	if word == "" || strings.IndexFunc(word, func(r rune) bool {
		return !(r == '_' || r == '.' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z')
	}) >= 0 {
		return values.Unknown("table expression")
	}
	return values.Lit(word)
}

// bunModel returns the table of the model e holds, by its type; a
// SELECT's when selects.
func (c *collector) bunModel(e ast.Expr, selects bool) model.Value {
	named := modelStruct(c.pass.TypesInfo.TypeOf(e))
	if named == nil || named.TypeArgs().Len() > 0 { // bun names an instance "Page[...]"
		return values.Unknown("model")
	}
	table, sel := bunModelTable(named, 0)
	if selects && sel != "" {
		table = sel
	}
	return values.Lit(table)
}

// bunModelTable returns bun's table of the model type named, and the table
// its SELECTs read when a select option names one ("" else): as its bun.BaseModel
// field's tag names them, or a struct it embeds with `bun:",inherit"`,
// whichever comes last; else bun's default name.
func bunModelTable(named *types.Named, depth int) (table, selects string) {
	table = catalog.BunTable(named.Obj().Name())
	st := named.Underlying().(*types.Struct)
	for i := range st.NumFields() {
		f := st.Field(i)
		if !f.Embedded() {
			continue
		}
		tag := reflect.StructTag(st.Tag(i)).Get("bun")
		if catalog.IsBunBaseModel(f.Type()) {
			t, s := catalog.BunModelTag(tag)
			if t != "" {
				table, selects = t, ""
			}
			if s != "" {
				selects = s
			}
			continue
		}
		if sub := modelStruct(f.Type()); sub != nil && catalog.BunInherits(tag) && depth < maxHandleDepth {
			table, selects = bunModelTable(sub, depth+1)
		}
	}
	return table, selects
}
