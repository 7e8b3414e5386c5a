package interactions

import (
	"go/ast"
	"go/constant"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/boundcheck/boundcheck/internal/values"
	"github.com/boundcheck/boundcheck/model"
	"github.com/boundcheck/boundcheck/rules/catalog"
)

// gorm: the tables the methods of *gorm.DB read and write. A method's
// table is the one a Table("x") or Model(&T{}) call its receiver was
// chained from names (through Where, Order, WithContext and the other
// methods of catalog.GormChain, and through variables as the values
// package follows them), else its model argument's: a value, pointer,
// slice or pointer to slice of a named struct type T. T's table is what
// its TableName method returns, when the values package resolves it to
// one text (from the package's own code, or from the ReturnFact of
// another package's); else gorm's default name: T's name in snake case,
// plural, with the package's naming strategy (a schema.NamingStrategy
// literal with constant TablePrefix, SingularTable and NoLowerCase)
// applied. A TableName that returns anything else (an environment
// variable, a parameter, one of two texts), and a model of no named
// struct type (an interface{} parameter) are unresolved: the model does
// not guess. A method chained from Raw runs Raw's text, which Raw's own
// entry records: it records nothing.

// gormTables returns the tables of the gorm call at s, and false when it
// is not to be recorded (a Scan with no Table or Model, a method chained
// from Raw).
func (c *collector) gormTables(s site, op catalog.QueryOp) ([]model.Value, bool) {
	recv := c.operands(s, catalog.Where{Arg: catalog.ArgRecv})
	var out []model.Value
	if len(recv) == 1 {
		tables, raw := c.gormScope(recv[0].at, recv[0].e, 0)
		if raw {
			return nil, false
		}
		out = tables
	}
	if len(out) == 0 {
		if op.Scoped {
			return nil, false
		}
		for _, w := range op.Model {
			for _, o := range c.operands(s, w) {
				out = append(out, c.gormModel(o.e)...)
			}
		}
	}
	return orUnknown(dedupe(out)), true
}

// gormScope returns the tables the Table and Model calls the *gorm.DB e
// was chained from name, and whether it was chained from Raw.
func (c *collector) gormScope(at values.Origin, e ast.Expr, depth int) (tables []model.Value, raw bool) {
	if depth > maxHandleDepth {
		return nil, false
	}
	for _, o := range c.vals.OriginsAt(at, e) {
		call, ok := o.Expr.(*ast.CallExpr)
		if !ok || o.Index > 0 {
			continue
		}
		fn, _ := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
		if !isGormDB(fn) {
			continue
		}
		switch name := fn.Name(); {
		case name == "Raw":
			raw = true
		case name == "Table" && len(call.Args) > 0:
			tables = append(tables, c.vals.StringsAt(o, call.Args[0])...)
		case name == "Model" && len(call.Args) > 0:
			tables = append(tables, c.gormModel(call.Args[0])...)
		case slices.Contains(catalog.GormChain, name):
			s := site{at: o, call: call}
			for _, r := range c.operands(s, catalog.Where{Arg: catalog.ArgRecv}) {
				t, isRaw := c.gormScope(r.at, r.e, depth+1)
				tables, raw = append(tables, t...), raw || isRaw
			}
		}
	}
	return tables, raw
}

// isGormDB reports whether fn is a method of *gorm.DB.
func isGormDB(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != catalog.GormPath {
		return false
	}
	return strings.HasPrefix(fn.Origin().FullName(), "(*"+catalog.GormPath+".DB).")
}

// gormModel returns the table of the model e holds, by its type.
func (c *collector) gormModel(e ast.Expr) []model.Value {
	named := modelStruct(c.pass.TypesInfo.TypeOf(e))
	if named == nil {
		return []model.Value{values.Unknown("model")}
	}
	if name, ok := c.tableNameMethod(named); ok {
		if name == "" {
			return []model.Value{values.Unknown(named.Obj().Name() + ".TableName")}
		}
		return []model.Value{values.Lit(name)}
	}
	return []model.Value{values.Lit(c.gormNaming().Table(named.Obj().Name()))}
}

// modelStruct returns the named struct type of an ORM's model: t, or
// what a pointer, slice or array of t (nested) holds; nil when that is
// not a named struct type (an interface{}, a map).
func modelStruct(t types.Type) *types.Named {
	for t != nil {
		t = types.Unalias(t)
		switch u := t.(type) {
		case *types.Pointer:
			t = u.Elem()
			continue
		case *types.Slice:
			t = u.Elem()
			continue
		case *types.Array:
			t = u.Elem()
			continue
		}
		break
	}
	named, ok := t.(*types.Named)
	if !ok {
		return nil
	}
	if _, ok := named.Underlying().(*types.Struct); !ok {
		return nil
	}
	return named
}

// tableNameMethod looks for T's TableName() string method: false when T
// has none; the name it returns when the values package resolves it to
// one text with nothing unknown (from the package's own code, or from
// the ReturnFact of another package's), else "".
func (c *collector) tableNameMethod(named *types.Named) (string, bool) {
	obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(named), true, named.Obj().Pkg(), "TableName")
	fn, ok := obj.(*types.Func)
	if !ok {
		return "", false
	}
	sig := fn.Type().(*types.Signature)
	if sig.Params().Len() != 0 || sig.Results().Len() != 1 || !types.Identical(sig.Results().At(0).Type(), types.Typ[types.String]) {
		return "", false
	}
	var vs []model.Value
	if fn.Pkg() == c.pass.Pkg {
		vs = c.vals.FuncReturns(fn)
	} else if c.vals.Returns != nil {
		vs, _ = c.vals.Returns(fn.Origin())
	}
	if len(vs) != 1 || !vs[0].Known() {
		return "", true
	}
	return vs[0].String(), true
}

// gormNaming returns the package's naming strategy: that of its
// schema.NamingStrategy literals, when they all agree and their fields
// are constants (gorm.Open's Config names one); gorm's default else.
func (c *collector) gormNaming() catalog.GormNaming {
	if c.naming != nil {
		return *c.naming
	}
	var found []catalog.GormNaming
	ok := true
	for _, f := range c.pass.Files {
		if strings.HasSuffix(c.pass.Fset.File(f.Pos()).Name(), "_test.go") {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			lit, isLit := n.(*ast.CompositeLit)
			if !isLit || !isNamingStrategy(c.pass.TypesInfo.TypeOf(lit)) {
				return true
			}
			var ns catalog.GormNaming
			for _, elt := range lit.Elts {
				kv, isKV := elt.(*ast.KeyValueExpr)
				if !isKV {
					ok = false
					continue
				}
				key, isIdent := kv.Key.(*ast.Ident)
				if !isIdent {
					ok = false
					continue
				}
				v := c.pass.TypesInfo.Types[kv.Value].Value
				switch key.Name {
				case "TablePrefix":
					if v == nil || v.Kind() != constant.String {
						ok = false
						continue
					}
					ns.Prefix = constant.StringVal(v)
				case "SingularTable", "NoLowerCase":
					if v == nil || v.Kind() != constant.Bool {
						ok = false
						continue
					}
					if key.Name == "SingularTable" {
						ns.Singular = constant.BoolVal(v)
					} else {
						ns.NoLower = constant.BoolVal(v)
					}
				}
			}
			if !slices.Contains(found, ns) {
				found = append(found, ns)
			}
			return true
		})
	}
	ns := catalog.GormNaming{}
	if ok && len(found) == 1 {
		ns = found[0]
	}
	c.naming = &ns
	return ns
}

// isNamingStrategy reports whether t is gorm's schema.NamingStrategy or a
// pointer to it.
func isNamingStrategy(t types.Type) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := t.(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == catalog.GormPath+"/schema" && n.Obj().Name() == "NamingStrategy"
}
