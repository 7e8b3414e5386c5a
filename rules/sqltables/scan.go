package sqltables

import "strings"

// The conservative scan, for a statement the parser rejects. It looks only
// at tokens outside string literals and comments:
//
//   - FROM x, JOIN x: x is read (DELETE FROM x: written); a FROM inside a
//     parenthesis that is not a subquery (EXTRACT(YEAR FROM d)) and
//     IS DISTINCT FROM x are not table clauses;
//   - INTO x, UPDATE x, TRUNCATE x: x is written (not ON DUPLICATE KEY
//     UPDATE, DO UPDATE, FOR UPDATE, WHEN MATCHED THEN UPDATE);
//   - TABLE x: x is written, and created after CREATE [TEMP...] TABLE;
//   - after FROM, TABLE and TRUNCATE a comma-separated list is followed;
//   - FROM f(...) and JOIN f(...) call a function, not a table.
//
// Table names are identifiers, quoted or not, optionally qualified.

// notName lists the words that follow those keywords without being a table.
var notName = map[string]bool{
	"select": true, "with": true, "values": true, "lateral": true, "set": true, "on": true,
	"using": true, "where": true, "as": true, "table": true, "cascade": true, "restrict": true,
	"no": true, "of": true, "nowait": true, "skip": true, "outfile": true, "dumpfile": true,
	"if": true, "only": true, "join": true, "left": true, "right": true, "inner": true,
	"outer": true, "cross": true, "natural": true, "full": true, "group": true, "order": true,
	"limit": true, "having": true, "union": true, "returning": true, "for": true, "into": true,
	"default": true, "and": true, "or": true, "not": true, "null": true, "unnest": true,
}

func (c *collector) scan(toks []token) {
	var parens []bool // for each open parenthesis: does a statement start in it?
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		prev := func(k int) token {
			if i-k >= 0 {
				return toks[i-k]
			}
			return token{}
		}
		switch {
		case t.kind == tkPunct && t.raw == "(":
			stmt := i+1 < len(toks) && (toks[i+1].raw == "(" || toks[i+1].is("select") || toks[i+1].is("with") ||
				toks[i+1].is("insert") || toks[i+1].is("update") || toks[i+1].is("delete") || toks[i+1].is("values"))
			parens = append(parens, stmt)
		case t.kind == tkPunct && t.raw == ")":
			if len(parens) > 0 {
				parens = parens[:len(parens)-1]
			}
		case t.is("from"):
			if len(parens) > 0 && !parens[len(parens)-1] || prev(1).is("distinct") {
				continue
			}
			c.names(toks, i+1, prev(1).is("delete"), true, false)
		case t.is("join"):
			c.names(toks, i+1, false, false, false)
		case t.is("into"):
			c.names(toks, i+1, true, false, false)
		case t.is("update"):
			if p := prev(1); p.is("key") || p.is("do") || p.is("for") || p.is("then") || p.is("on") {
				continue
			}
			c.names(toks, i+1, true, false, false)
		case t.is("truncate"):
			c.names(toks, i+1, true, true, false)
		case t.is("table"):
			if prev(1).is("returns") {
				continue
			}
			k := 1
			for p := prev(k); p.is("temp") || p.is("temporary") || p.is("unlogged") || p.is("global") || p.is("local"); p = prev(k) {
				k++
			}
			c.names(toks, i+1, true, true, prev(k).is("create"))
		}
	}
}

// names adds the table named at toks[i], and those of the list that
// follows it when list is set.
func (c *collector) names(toks []token, i int, write, list, create bool) {
	for {
		for i < len(toks) && (toks[i].is("only") || toks[i].is("lateral")) {
			i++
		}
		if i+2 < len(toks) && toks[i].is("if") && toks[i+1].is("not") && toks[i+2].is("exists") {
			i += 3
		} else if i+1 < len(toks) && toks[i].is("if") && toks[i+1].is("exists") {
			i += 2
		}
		name, next := tableName(toks, i)
		if name == "" || !write && next < len(toks) && toks[next].raw == "(" {
			return // none, or a set-returning function
		}
		c.add(name, write)
		if create {
			c.creates[name] = true
		}
		if !list {
			return
		}
		i = next
		if i < len(toks) && toks[i].is("as") {
			i++
		}
		if i+1 < len(toks) && (toks[i].kind == tkWord || toks[i].kind == tkIdent) && toks[i+1].raw == "," {
			i++ // an alias
		}
		if i >= len(toks) || toks[i].raw != "," {
			return
		}
		i++
	}
}

// tableName reads a possibly qualified table name at toks[i]; it returns
// "" when there is none, and the index after it.
func tableName(toks []token, i int) (string, int) {
	var parts []string
	for {
		if i >= len(toks) {
			break
		}
		t := toks[i]
		if t.kind == tkIdent && t.text != "" || t.kind == tkWord && !isDigit(t.raw[0]) && (len(parts) > 0 || !notName[strings.ToLower(t.raw)]) {
			parts = append(parts, strings.ToLower(t.text))
			i++
		} else {
			break
		}
		if i+1 < len(toks) && toks[i].raw == "." {
			i++
			continue
		}
		break
	}
	if len(parts) == 0 || len(parts) > 3 {
		return "", i
	}
	return strings.Join(parts, "."), i
}
