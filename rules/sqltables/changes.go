package sqltables

import "strings"

// A Change is what one statement that writes does to its rows, as far as
// running it a second time goes (a message delivered twice): an insert
// adds a second row unless a conflict stops it; an update that computes
// a column from its own value (SET n = n + 1) changes it again.
type Change struct {
	Verb string // "insert", "update", "delete", "replace" or "merge"
	// Conflict is how an insert meets a row already there: "nothing" (ON
	// CONFLICT DO NOTHING, INSERT IGNORE, INSERT OR IGNORE), "update" (ON
	// CONFLICT DO UPDATE, ON DUPLICATE KEY UPDATE), or "" when nothing in
	// the text says (a second row, or a unique violation).
	Conflict string
	// Relative marks an update (or the update of an upsert) that sets a
	// column from its own value: n = n + 1, total = total - $1,
	// tags = tags || $2.
	Relative bool
	// Returning marks a statement that returns its rows (RETURNING), by
	// which a caller can tell whether an insert took place.
	Returning bool
	// Conditional marks an UPDATE whose WHERE clause tests a column its
	// SET assigns: a state transition that succeeds once (SET status =
	// 'paid' WHERE id = $1 AND status = 'pending'; SET processed_at =
	// now() WHERE processed_at IS NULL), which a second run finds done.
	Conditional bool
}

// Changes returns the changes of the statements in sql that write, in
// order, read from the tokens alone so that any dialect the lexer accepts
// is read (a statement the parser rejects too). A data-modifying CTE's
// statements count; a read adds nothing.
func Changes(sql string) []Change {
	var out []Change
	for _, stmt := range split(lex(sql)) {
		toks := code(stmt)
		for i := 0; i < len(toks); i++ {
			ch, ok := changeAt(toks, i)
			if !ok {
				continue
			}
			out = append(out, ch)
		}
	}
	return out
}

// changeAt reads the change whose verb is toks[i], if it is one: INSERT,
// UPDATE, DELETE, REPLACE or MERGE where a statement or a CTE's body
// starts (the first token, after "(" or AS, or after the ")" that ends a
// WITH list); not ON DELETE, FOR UPDATE, DO UPDATE, THEN UPDATE.
func changeAt(toks []token, i int) (Change, bool) {
	if prev := i - 1; prev >= 0 && !(toks[prev].kind == tkPunct && (toks[prev].raw == "(" || toks[prev].raw == ")")) && !toks[prev].is("as") {
		return Change{}, false
	}
	var ch Change
	switch {
	case toks[i].is("insert"), toks[i].is("upsert"):
		ch.Verb = "insert"
	case toks[i].is("update"):
		ch.Verb = "update"
	case toks[i].is("delete"):
		ch.Verb = "delete"
	case toks[i].is("replace"):
		ch.Verb = "replace"
	case toks[i].is("merge"):
		ch.Verb = "merge"
	default:
		return Change{}, false
	}
	end := statementEnd(toks, i)
	body := toks[i:end]
	for j, t := range body {
		next := func(k int, kw string) bool { return j+k < len(body) && body[j+k].is(kw) }
		switch {
		case ch.Verb == "insert" && j == 1 && (t.is("ignore") || t.is("or") && next(1, "ignore")):
			ch.Conflict = "nothing"
		case ch.Verb == "insert" && j == 1 && t.is("or") && next(1, "replace"):
			ch.Conflict = "update"
		case t.is("on") && next(1, "conflict"):
			ch.Conflict = "update"
			for k := j + 2; k < len(body); k++ {
				if body[k].is("do") {
					if k+1 < len(body) && body[k+1].is("nothing") {
						ch.Conflict = "nothing"
					}
					break
				}
			}
		case t.is("on") && next(1, "duplicate") && next(2, "key"):
			ch.Conflict = "update"
		case t.is("returning"):
			ch.Returning = true
		case t.kind == tkPunct && t.raw == "=" && selfRelative(body, j):
			ch.Relative = true
		}
	}
	if ch.Verb == "update" {
		ch.Conditional = conditional(body)
	}
	if toks[i].is("upsert") && ch.Conflict == "" {
		ch.Conflict = "update"
	}
	return ch, true
}

// statementEnd returns the end of the statement or CTE body starting at
// toks[i]: the ")" that closes the parenthesis it is in, or the end.
func statementEnd(toks []token, i int) int {
	depth := 0
	for j := i; j < len(toks); j++ {
		if toks[j].kind != tkPunct {
			continue
		}
		switch toks[j].raw {
		case "(":
			depth++
		case ")":
			if depth == 0 {
				return j
			}
			depth--
		}
	}
	return len(toks)
}

// selfRelative reports whether the "=" at body[j] sets a column from its
// own value: col = col + ..., col = col - ..., col = col || ...; the column
// qualified or not (t.col = t.col + 1, n = excluded.n + t.n counts only
// when the same name comes back).
func selfRelative(body []token, j int) bool {
	if j < 1 || j+2 >= len(body) {
		return false
	}
	col := lastPart(body, j-1)
	if col == "" {
		return false
	}
	k := j + 1
	for k+2 < len(body) && body[k+1].kind == tkPunct && body[k+1].raw == "." {
		k += 2 // t.col
	}
	if name := body[k]; (name.kind != tkWord && name.kind != tkIdent) || !strings.EqualFold(name.text, col) || k+1 >= len(body) {
		return false
	}
	op := body[k+1]
	if op.kind != tkPunct {
		return false
	}
	switch op.raw {
	case "+", "-", "*", "/":
		return true
	case "|":
		return k+2 < len(body) && body[k+2].kind == tkPunct && body[k+2].raw == "|"
	}
	return strings.HasPrefix(op.raw, "||")
}

// lastPart returns the column name a SET target at body[i] ends with, or
// "" when it is not a name.
func lastPart(body []token, i int) string {
	t := body[i]
	if t.kind != tkWord && t.kind != tkIdent {
		return ""
	}
	return t.text
}

// conditional reports whether the UPDATE in body tests, in its WHERE
// clause, a column its SET clause assigns (setColumns): SET status =
// 'paid' ... WHERE status = 'pending'. A subquery of the WHERE clause
// (WHERE id IN (SELECT ...)) tests another table's rows and is skipped.
func conditional(body []token) bool {
	set := setColumns(body)
	if len(set) == 0 {
		return false
	}
	where := clauseStart(body, "where")
	if where < 0 {
		return false
	}
	for j := where + 1; j < len(body); j++ {
		t := body[j]
		if t.kind == tkPunct && t.raw == "(" && j+1 < len(body) && body[j+1].is("select") {
			j = j + 1 + statementEnd(body[j+1:], 0)
			continue
		}
		if t.is("returning") {
			return false
		}
		if columnAt(body, j) && set[strings.ToLower(t.text)] {
			return true
		}
	}
	return false
}

// setColumns returns the lower-case names of the columns the SET clause
// of the UPDATE in body assigns: the name before each "=" outside
// parentheses, from SET to WHERE (or FROM, RETURNING, the end).
func setColumns(body []token) map[string]bool {
	start := clauseStart(body, "set")
	if start < 0 {
		return nil
	}
	cols := make(map[string]bool)
	depth := 0
	for j := start + 1; j < len(body); j++ {
		t := body[j]
		if depth == 0 && (t.is("where") || t.is("from") || t.is("returning")) {
			break
		}
		if t.kind != tkPunct {
			continue
		}
		switch t.raw {
		case "(":
			depth++
		case ")":
			depth--
		case "=":
			if depth == 0 {
				if col := lastPart(body, j-1); col != "" {
					cols[strings.ToLower(col)] = true
				}
			}
		}
	}
	return cols
}

// clauseStart returns the index of the keyword kw outside parentheses in
// body, or -1.
func clauseStart(body []token, kw string) int {
	depth := 0
	for j, t := range body {
		switch {
		case t.kind == tkPunct && t.raw == "(":
			depth++
		case t.kind == tkPunct && t.raw == ")":
			depth--
		case depth == 0 && t.is(kw):
			return j
		}
	}
	return -1
}

// columnAt reports whether body[j] names a column: a name, alone or after
// a qualifier (o.status), that is not itself a qualifier or a function's
// name (now()).
func columnAt(body []token, j int) bool {
	t := body[j]
	if t.kind != tkWord && t.kind != tkIdent {
		return false
	}
	if j+1 < len(body) && body[j+1].kind == tkPunct && (body[j+1].raw == "." || body[j+1].raw == "(") {
		return false
	}
	return true
}

// Claims reports whether the change succeeds at most once for the rows it
// names, and can say whether it did (rows affected): an insert with ON
// CONFLICT DO NOTHING (INSERT IGNORE), an UPDATE whose WHERE tests a
// column it sets. A message consumer can claim a message with one.
func (c Change) Claims() bool {
	return c.Verb == "insert" && c.Conflict == "nothing" || c.Verb == "update" && c.Conditional
}
