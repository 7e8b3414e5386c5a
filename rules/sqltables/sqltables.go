// Package sqltables says which tables a SQL text reads and writes, and which
// it creates, for checks that follow a table across services (shareddb).
//
// The text is cut into statements at semicolons outside literals, quoted
// identifiers and comments. Each statement goes through a small Postgres
// pre-pass (see rewrite.go) and is parsed by vitess's MySQL parser; the
// table expressions of the parsed statement are walked (FROM, JOIN,
// subqueries, CTE bodies, INSERT/UPDATE/DELETE targets, DDL), leaving out
// CTE names, aliases and column qualifiers. A statement the parser still
// rejects is read by a conservative keyword scan (see scan.go) and the
// Result says so with Scanned.
//
// Tables never panics, whatever the text.
package sqltables

import (
	"cmp"
	"io"
	"log/slog"
	"slices"
	"strings"
	"sync"

	vtlog "vitess.io/vitess/go/vt/log"
	"vitess.io/vitess/go/vt/sqlparser"
)

// An Access is one table a statement touches.
type Access struct {
	Table string // as written, unquoted, lower-cased; schema-qualified when written so ("billing.charges")
	Write bool   // INSERT/UPDATE/DELETE/REPLACE/UPSERT/MERGE target, TRUNCATE, DDL that changes it; false: read (FROM/JOIN/subquery/USING source)
}

// A Result is what Tables found in one SQL text.
type Result struct {
	Accesses []Access // sorted by table, then writes first; each (table, write) once
	Scanned  bool     // the parser rejected the text and the conservative keyword scan found these; the caller reports "scanned, not parsed"
	Creates  []string // tables the text creates (CREATE TABLE [IF NOT EXISTS] x), for ownership from migrations
}

var (
	parserOnce sync.Once
	parser     *sqlparser.Parser
)

// getParser returns the shared vitess parser (safe for concurrent use). The
// first call also silences vitess's logger, which otherwise prints a warning
// to standard error for each partially parsed CREATE TABLE (one with
// Postgres column types, say); boundcheck uses vitess for nothing else.
func getParser() *sqlparser.Parser {
	parserOnce.Do(func() {
		vtlog.SwapLogger(slog.New(slog.NewTextHandler(io.Discard, nil)))
		p, err := sqlparser.New(sqlparser.Options{})
		if err == nil {
			parser = p
		}
	})
	return parser
}

// Tables returns the tables sql reads, writes and creates.
func Tables(sql string) Result {
	c := newCollector()
	for _, stmt := range split(lex(sql)) {
		if !c.parse(stmt) {
			c.scanned = true
			c.scan(code(stmt))
		}
	}
	return c.result()
}

// collector gathers the accesses and creations of one text.
type collector struct {
	access  map[Access]bool
	creates map[string]bool
	scanned bool
}

func newCollector() *collector {
	return &collector{access: map[Access]bool{}, creates: map[string]bool{}}
}

func (c *collector) add(table string, write bool) {
	if table != "" {
		c.access[Access{Table: table, Write: write}] = true
	}
}

func (c *collector) result() Result {
	r := Result{Scanned: c.scanned}
	for a := range c.access {
		r.Accesses = append(r.Accesses, a)
	}
	slices.SortFunc(r.Accesses, func(a, b Access) int {
		if n := cmp.Compare(a.Table, b.Table); n != 0 {
			return n
		}
		switch {
		case a.Write == b.Write:
			return 0
		case a.Write:
			return -1
		}
		return 1
	})
	for t := range c.creates {
		r.Creates = append(r.Creates, t)
	}
	slices.Sort(r.Creates)
	return r
}

// parse parses one statement, after the Postgres pre-pass, and adds what it
// touches. It reports false, having added nothing, when vitess rejects it.
func (c *collector) parse(stmt []token) (ok bool) {
	defer func() {
		// vitess is not known to panic, but a linter must not die on a
		// string it found in someone's code.
		if recover() != nil {
			ok = false
		}
	}()
	p := getParser()
	if p == nil {
		return false
	}
	texts, ctes := rewrite(stmt)
	if len(texts) == 0 {
		return false
	}
	var parsed []sqlparser.Statement
	for _, text := range texts {
		st, err := p.Parse(text)
		if err != nil || st == nil {
			return false
		}
		parsed = append(parsed, st)
	}
	w := &walker{c: newCollector(), ctes: map[string]bool{}, handled: map[*sqlparser.AliasedTableExpr]bool{}}
	for _, name := range ctes {
		w.ctes[name] = true
	}
	for _, st := range parsed {
		_ = sqlparser.Walk(w.collectCTE, st)
	}
	for _, st := range parsed {
		_ = sqlparser.Walk(w.visit, st)
	}
	for a := range w.c.access {
		c.access[a] = true
	}
	for t := range w.c.creates {
		c.creates[t] = true
	}
	return true
}

// walker walks the parsed statements of one source statement.
type walker struct {
	c       *collector
	ctes    map[string]bool                      // CTE names, not tables
	handled map[*sqlparser.AliasedTableExpr]bool // write targets already added
}

func (w *walker) collectCTE(n sqlparser.SQLNode) (bool, error) {
	if cte, ok := n.(*sqlparser.CommonTableExpr); ok {
		w.ctes[strings.ToLower(cte.ID.String())] = true
	}
	return true, nil
}

// name returns the table a TableName names, or "" for a CTE name, dual or
// an empty name.
func (w *walker) name(t sqlparser.TableName) string {
	name := strings.ToLower(t.Name.String())
	if name == "" {
		return ""
	}
	if t.Qualifier.IsEmpty() {
		if w.ctes[name] || name == "dual" {
			return ""
		}
		return name
	}
	return strings.ToLower(t.Qualifier.String()) + "." + name
}

func (w *walker) visit(n sqlparser.SQLNode) (bool, error) {
	switch n := n.(type) {
	case *sqlparser.Insert:
		if n.Table != nil {
			if t, ok := n.Table.Expr.(sqlparser.TableName); ok {
				w.c.add(w.name(t), true)
				w.handled[n.Table] = true
			}
		}
	case *sqlparser.Update:
		w.targets(n.TableExprs, n.Exprs, nil)
	case *sqlparser.Delete:
		w.targets(n.TableExprs, nil, n.Targets)
	case *sqlparser.CreateTable:
		if t := w.name(n.Table); t != "" {
			w.c.add(t, true)
			w.c.creates[t] = true
		}
		if n.OptLike != nil {
			w.c.add(w.name(n.OptLike.LikeTable), false)
		}
	case *sqlparser.AlterTable:
		w.c.add(w.name(n.Table), true)
	case *sqlparser.DropTable:
		for _, t := range n.FromTables {
			w.c.add(w.name(t), true)
		}
	case *sqlparser.TruncateTable:
		w.c.add(w.name(n.Table), true)
	case *sqlparser.RenameTable:
		for _, p := range n.TablePairs {
			w.c.add(w.name(p.FromTable), true)
			w.c.add(w.name(p.ToTable), true)
		}
	case *sqlparser.CreateView:
		w.c.add(w.name(n.ViewName), true)
	case *sqlparser.AlterView:
		w.c.add(w.name(n.ViewName), true)
	case *sqlparser.DropView:
		for _, t := range n.FromTables {
			w.c.add(w.name(t), true)
		}
	case *sqlparser.AliasedTableExpr:
		if t, ok := n.Expr.(sqlparser.TableName); ok && !w.handled[n] {
			w.c.add(w.name(t), false)
		}
	}
	return true, nil
}

// targets adds the write targets of an UPDATE (set: its SET list) or DELETE
// (named: its target list) whose table references are exprs. A DELETE
// target names a table or an alias among exprs. An UPDATE of one table
// writes it; an UPDATE of several writes those that qualify a SET column,
// or all of them when none does.
func (w *walker) targets(exprs []sqlparser.TableExpr, set sqlparser.UpdateExprs, named sqlparser.TableNames) {
	var tables []*sqlparser.AliasedTableExpr
	for _, e := range exprs {
		tables = flatten(e, tables)
	}
	refers := func(a *sqlparser.AliasedTableExpr, t sqlparser.TableName) bool {
		tn := a.Expr.(sqlparser.TableName)
		if !a.As.IsEmpty() {
			return t.Qualifier.IsEmpty() && strings.EqualFold(a.As.String(), t.Name.String())
		}
		return strings.EqualFold(tn.Name.String(), t.Name.String()) &&
			(t.Qualifier.IsEmpty() || strings.EqualFold(tn.Qualifier.String(), t.Qualifier.String()))
	}
	wrote := false
	write := func(a *sqlparser.AliasedTableExpr) {
		w.c.add(w.name(a.Expr.(sqlparser.TableName)), true)
		w.handled[a] = true
		wrote = true
	}
	var quals []sqlparser.TableName
	for _, u := range set {
		if u != nil && u.Name != nil && !u.Name.Qualifier.IsEmpty() {
			quals = append(quals, u.Name.Qualifier)
		}
	}
	quals = append(quals, named...)
	if len(tables) == 1 && len(named) == 0 || len(quals) == 0 {
		for _, a := range tables {
			write(a)
		}
		return
	}
	for _, q := range quals {
		found := false
		for _, a := range tables {
			if refers(a, q) {
				write(a)
				found = true
			}
		}
		if !found && len(named) > 0 {
			// DELETE FROM t USING u (Postgres) parses with t as a target
			// that is not among the table references.
			w.c.add(w.name(q), true)
			wrote = true
		}
	}
	if !wrote {
		for _, a := range tables {
			write(a)
		}
	}
}

// flatten appends the plain tables of a table expression outside
// subqueries: the tables an UPDATE or DELETE may target.
func flatten(e sqlparser.TableExpr, out []*sqlparser.AliasedTableExpr) []*sqlparser.AliasedTableExpr {
	switch e := e.(type) {
	case *sqlparser.AliasedTableExpr:
		if _, ok := e.Expr.(sqlparser.TableName); ok {
			out = append(out, e)
		}
	case *sqlparser.JoinTableExpr:
		out = flatten(e.LeftExpr, out)
		out = flatten(e.RightExpr, out)
	case *sqlparser.ParenTableExpr:
		for _, x := range e.Exprs {
			out = flatten(x, out)
		}
	}
	return out
}

// A Statement is one statement of a text, with what it touches.
type Statement struct {
	Offset int // byte offset of its first token in the text
	Result
	// CreatesDatabase is the database (or Postgres schema) the statement
	// creates: CREATE DATABASE|SCHEMA [IF NOT EXISTS] name; "" otherwise.
	CreatesDatabase string
}

// Statements returns the statements of sql, each with the tables it reads,
// writes and creates, for files where where a statement is matters
// (migrations: who creates a table, at which line).
func Statements(sql string) []Statement {
	toks := lex(sql)
	offsets := make([]int, len(toks)+1)
	for i, t := range toks {
		offsets[i+1] = offsets[i] + len(t.raw)
	}
	var out []Statement
	start := 0
	for i := 0; i <= len(toks); i++ {
		if i < len(toks) && !(toks[i].kind == tkPunct && toks[i].raw == ";") {
			continue
		}
		stmt := toks[start:i]
		first := -1
		for j, t := range stmt {
			if t.kind != tkSpace && t.kind != tkComment {
				first = j
				break
			}
		}
		if first >= 0 {
			c := newCollector()
			if !c.parse(stmt) {
				c.scanned = true
				c.scan(code(stmt))
			}
			out = append(out, Statement{Offset: offsets[start+first], Result: c.result(), CreatesDatabase: createdDatabase(code(stmt))})
		}
		start = i + 1
	}
	return out
}

// createdDatabase returns the name a CREATE DATABASE or CREATE SCHEMA
// statement creates, lower-cased and unquoted; "" for any other statement.
func createdDatabase(toks []token) string {
	if len(toks) < 3 || !toks[0].is("create") || !(toks[1].is("database") || toks[1].is("schema")) {
		return ""
	}
	i := 2
	if i+2 < len(toks) && toks[i].is("if") && toks[i+1].is("not") && toks[i+2].is("exists") {
		i += 3
	}
	if i >= len(toks) || toks[i].kind == tkPunct {
		return ""
	}
	return strings.ToLower(toks[i].text)
}
