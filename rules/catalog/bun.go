package catalog

import (
	"go/types"
	"strings"
)

// This file is bun's queries and its naming of tables (checked against
// github.com/uptrace/bun v1.2.15 and v1.3.0). A bun query is built by a
// New... method of a *bun.DB, bun.Tx, bun.Conn or bun.IDB (NewSelect,
// NewInsert, ...), named by the methods chained after it (Model, Table,
// TableExpr, ModelTableExpr, among the Where, Order and Limit that return
// the same query), and run by its terminal method (Scan, Exec, Count,
// ScanAndCount, Exists, Rows). The terminal is the catalog's entry: it
// reads when the query is a SELECT and writes else; CreateTable's Exec
// creates its table, like gorm's AutoMigrate. A *bun.DB runs on the
// *sql.DB bun.NewDB wraps; its raw statements (NewRaw, ExecContext,
// QueryContext, ...) are entries like database/sql's.

// BunPath is the import path of bun.
const BunPath = "github.com/uptrace/bun"

// bunKinds are bun's query types, by what their terminal methods do.
var bunKinds = []struct {
	query     string   // the type's name
	terminals []string // the methods that run it
	write     bool
	creates   bool
}{
	{"SelectQuery", []string{"Scan", "Exec", "Count", "ScanAndCount", "Exists", "Rows"}, false, false},
	{"InsertQuery", []string{"Scan", "Exec"}, true, false},
	{"UpdateQuery", []string{"Scan", "Exec"}, true, false},
	{"DeleteQuery", []string{"Scan", "Exec"}, true, false},
	{"MergeQuery", []string{"Scan", "Exec"}, true, false},
	{"CreateTableQuery", []string{"Exec"}, true, true},
	{"DropTableQuery", []string{"Exec"}, true, false},
	{"TruncateTableQuery", []string{"Exec"}, true, false},
}

// bunStarts are the methods that start a query (NewSelect), by their
// full names.
var bunStarts = make(map[string]bool)

func bunQueries() {
	dbs := []string{"(*" + BunPath + ".DB).", "(" + BunPath + ".Tx).", "(" + BunPath + ".Conn).", "(" + BunPath + ".IDB)."}
	for _, r := range dbs {
		for _, k := range bunKinds {
			start := r + "New" + strings.TrimSuffix(k.query, "Query")
			bunStarts[start] = true
			connFrom(start, arg(ArgRecv))
		}
		queryOp(r+"NewRaw", sqlText(0))
		connFrom(r+"BeginTx", arg(ArgRecv))
	}
	for _, k := range bunKinds {
		for _, m := range k.terminals {
			queryOp("(*"+BunPath+"."+k.query+")."+m, QueryOp{Protocol: "sql", Bun: true, Write: k.write, Creates: k.creates,
				Conn: arg(ArgRecv)})
		}
	}
	// The raw statements of a *bun.DB and a bun.Tx, and the variants with
	// a context of a bun.Conn; bun.IDB's are bun.IConn's, an interface
	// that *sql.DB implements (see QueryOpsByMethod).
	for _, r := range dbs[:3] {
		for _, m := range []string{"Query", "QueryRow", "Exec"} {
			if r != dbs[2] {
				queryOp(r+m, sqlText(0))
			}
			queryOp(r+m+"Context", sqlText(1))
		}
	}
	queryOp(dbs[0]+"Prepare", sqlText(0))
	queryOp(dbs[0]+"PrepareContext", sqlText(1))
	connFrom(BunPath+".NewDB", arg(0))
	connFrom(dbs[0]+"Begin", arg(ArgRecv))
	connFrom(dbs[0]+"Conn", arg(ArgRecv))
	connFrom(dbs[0]+"WithNamedArg", arg(ArgRecv))
	connFrom(dbs[1]+"Begin", arg(ArgRecv)) // a savepoint
}

// BunStarts reports whether fn starts a bun query: the NewSelect,
// NewInsert, ... of a *bun.DB, bun.Tx, bun.Conn or bun.IDB.
func BunStarts(fn *types.Func) bool {
	return fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == BunPath && bunStarts[fn.Origin().FullName()]
}

// BunChain reports whether fn is a method of one of bun's query types
// that returns the query it is called on, chained before the terminal
// method: Model, Table, Where, Order, Limit, Apply, Conn ... of
// *bun.SelectQuery.
func BunChain(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != BunPath {
		return false
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil || sig.Results().Len() != 1 {
		return false
	}
	recv := sig.Recv().Type()
	p, ok := recv.(*types.Pointer)
	if !ok || !types.Identical(recv, sig.Results().At(0).Type()) {
		return false
	}
	n, ok := p.Elem().(*types.Named)
	if !ok {
		return false
	}
	for _, k := range bunKinds {
		if n.Obj().Name() == k.query {
			return true
		}
	}
	return false
}

// bunChainConn is where the connection of a chained method's result is:
// its receiver's, or the argument of Conn(db), which runs the query on
// another connection.
func bunChainConn(fn *types.Func) Where {
	if fn.Name() == "Conn" {
		return arg(0)
	}
	return arg(ArgRecv)
}

// IsBunBaseModel reports whether t is bun.BaseModel (schema.BaseModel),
// whose field's tag names a model's table.
func IsBunBaseModel(t types.Type) bool {
	return isNamed(t, BunPath+"/schema", "BaseModel")
}

// BunTable is bun's default table name for a struct type named name: its
// name with underscores, plural ("OrderItem" → "order_items").
func BunTable(name string) string {
	return plural(bunUnderscore(name))
}

// bunUnderscore is bun's internal.Underscore: an upper-case letter is
// lowered, after an underscore when it follows or precedes a lower-case
// letter and is neither first nor last ("OrderItem" → "order_item",
// "HTTPLog" → "http_log", "UserID" → "user_id", "UserX" → "userx").
func bunUnderscore(s string) string {
	lower := func(c byte) bool { return c >= 'a' && c <= 'z' }
	b := make([]byte, 0, len(s)+5)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 'A' || c > 'Z' {
			b = append(b, c)
			continue
		}
		if i > 0 && i+1 < len(s) && (lower(s[i-1]) || lower(s[i+1])) {
			b = append(b, '_')
		}
		b = append(b, c+'a'-'A')
	}
	return string(b)
}

// BunModelTag returns the table a bun.BaseModel field's tag names: its
// name (`bun:"orders,alias:o"`), which a table option replaces
// (`bun:"table:orders,alias:o"`); and the table or view its SELECTs read,
// a select option's. "" when the tag names none.
func BunModelTag(tag string) (table, selects string) {
	name, opts := parseBunTag(tag)
	table = name
	if t, ok := opts["table"]; ok {
		table = t
	}
	return table, opts["select"]
}

// BunInherits reports whether the tag of an embedded struct field makes
// the model take the embedded struct's table (`bun:",inherit"` or
// `bun:",extend"`).
func BunInherits(tag string) bool {
	_, opts := parseBunTag(tag)
	_, inherit := opts["inherit"]
	_, extend := opts["extend"]
	return inherit || extend
}

// parseBunTag splits a bun tag as bun's tagparser does: a first part
// without a colon is the name; the others are options, "key:value" or a
// key alone (the last of a key wins). Commas inside parentheses or quotes
// do not split, and quotes around a value are dropped.
func parseBunTag(tag string) (name string, opts map[string]string) {
	opts = make(map[string]string)
	var parts []string
	depth, quoted, start := 0, false, 0
	for i := 0; i < len(tag); i++ {
		switch c := tag[i]; {
		case c == '"' || c == '\'':
			quoted = !quoted
		case quoted:
		case c == '(':
			depth++
		case c == ')' && depth > 0:
			depth--
		case c == ',' && depth == 0:
			parts = append(parts, tag[start:i])
			start = i + 1
		}
	}
	if tag != "" {
		parts = append(parts, tag[start:])
	}
	for i, p := range parts {
		key, value, ok := strings.Cut(p, ":")
		if !ok && i == 0 {
			name = strings.Trim(p, `"'`)
			continue
		}
		if key != "" {
			opts[key] = strings.Trim(value, `"'`)
		}
	}
	return name, opts
}
