package sqltables

import "strings"

// The Postgres pre-pass. vitess reads MySQL; these rewrites turn the
// Postgres-only forms that Go services commonly write into text it reads,
// without adding or removing a table. They act on tokens, so never inside a
// string literal, a quoted identifier or a comment:
//
//   - "ident" becomes `ident` (in MySQL a double-quoted run is a string);
//   - a $tag$...$tag$ literal becomes an empty string literal;
//   - a cast ::type, ::varchar(20)[], ::timestamp with time zone is removed;
//   - ILIKE becomes LIKE;
//   - RETURNING ... and ON CONFLICT ... DO ... are dropped up to the end of
//     the statement or of the parenthesis they are in;
//   - ANY(x) / ALL(x) / SOME(x) of an array (not of a subquery) becomes a
//     function call;
//   - WITH x AS (INSERT|UPDATE|DELETE ...) ..., and WITH ... INSERT ..., are
//     cut into one statement per CTE body plus the main statement, with the
//     CTE names remembered so they are not taken for tables.

// piece is one code token and whether white space came before it.
type piece struct {
	token
	space bool
}

// rewrite applies the pre-pass to one statement. It returns the texts to
// parse (usually one) and the names of the statement's CTEs.
func rewrite(stmt []token) (texts []string, ctes []string) {
	var ps []piece
	space := false
	for _, t := range stmt {
		if t.kind == tkSpace || t.kind == tkComment {
			space = true
			continue
		}
		ps = append(ps, piece{t, space})
		space = false
	}
	for _, p := range ps {
		if p.kind == tkPunct && p.raw == "#" {
			// A Postgres #> or #>> operator: vitess would take the rest of
			// the line for a comment, so leave the statement to the scan.
			return nil, nil
		}
	}
	ps = postgres(ps)
	if len(ps) > 0 && ps[0].is("with") {
		if bodies, names, ok := liftCTEs(ps); ok {
			for _, b := range bodies {
				texts = append(texts, render(b))
			}
			return texts, names
		}
	}
	return []string{render(ps)}, nil
}

// postgres applies the token rewrites listed in the comment above.
func postgres(in []piece) []piece {
	out := make([]piece, 0, len(in))
	for i := 0; i < len(in); i++ {
		p := in[i]
		switch {
		case p.kind == tkIdent && strings.HasPrefix(p.raw, `"`):
			p.raw = "`" + strings.ReplaceAll(p.text, "`", "``") + "`"
		case p.kind == tkString && strings.HasPrefix(p.raw, "$"):
			p.raw = "''"
		case p.kind == tkPunct && p.raw == "::":
			i = skipType(in, i+1) - 1
			continue
		case p.is("ilike"):
			p.raw = "LIKE"
		case p.is("returning"), p.is("on") && i+1 < len(in) && in[i+1].is("conflict"):
			i = skipTail(in, i) - 1
			continue
		case (p.is("any") || p.is("all") || p.is("some")) && i+2 < len(in) && in[i+1].raw == "(" &&
			!in[i+2].is("select") && !in[i+2].is("with") && in[i+2].raw != "(":
			p.raw = "array_" + strings.ToLower(p.raw)
		}
		out = append(out, p)
	}
	return out
}

// skipType returns the index just past the type name that starts at in[i].
func skipType(in []piece, i int) int {
	if i < len(in) && (in[i].kind == tkWord || in[i].kind == tkIdent) {
		first := strings.ToLower(in[i].text)
		i++
		for i+1 < len(in) && in[i].raw == "." && (in[i+1].kind == tkWord || in[i+1].kind == tkIdent) {
			i += 2
		}
		switch {
		case first == "double" && i < len(in) && in[i].is("precision"),
			first == "character" && i < len(in) && in[i].is("varying"),
			first == "bit" && i < len(in) && in[i].is("varying"):
			i++
		}
	}
	if i < len(in) && in[i].raw == "(" {
		i = closing(in, i)
	}
	if i+2 < len(in) && (in[i].is("with") || in[i].is("without")) && in[i+1].is("time") && in[i+2].is("zone") {
		i += 3
	}
	for i+1 < len(in) && in[i].raw == "[" {
		if in[i+1].raw == "]" {
			i += 2
		} else if i+2 < len(in) && in[i+1].kind == tkNumber && in[i+2].raw == "]" {
			i += 3
		} else {
			break
		}
	}
	return i
}

// closing returns the index just past the parenthesis that matches in[i].
func closing(in []piece, i int) int {
	depth := 0
	for ; i < len(in); i++ {
		switch in[i].raw {
		case "(":
			depth++
		case ")":
			depth--
			if depth == 0 {
				return i + 1
			}
		}
	}
	return len(in)
}

// skipTail returns the index of the ")" that closes the parenthesis in[i]
// is in, or len(in).
func skipTail(in []piece, i int) int {
	depth := 0
	for ; i < len(in); i++ {
		if in[i].kind != tkPunct {
			continue
		}
		switch in[i].raw {
		case "(":
			depth++
		case ")":
			if depth == 0 {
				return i
			}
			depth--
		}
	}
	return len(in)
}

// liftCTEs cuts WITH [RECURSIVE] a [(cols)] AS [[NOT] MATERIALIZED] (body),
// ... main into its bodies and main, when a body is data-modifying or main
// is not one vitess reads after WITH (SELECT, UPDATE, DELETE). ok is false
// when the statement keeps its WITH.
func liftCTEs(ps []piece) (stmts [][]piece, names []string, ok bool) {
	i := 1
	if i < len(ps) && ps[i].is("recursive") {
		i++
	}
	lift := false
	for {
		if i >= len(ps) || (ps[i].kind != tkWord && ps[i].kind != tkIdent) {
			return nil, nil, false
		}
		names = append(names, strings.ToLower(ps[i].text))
		i++
		if i < len(ps) && ps[i].raw == "(" {
			i = closing(ps, i)
		}
		if i >= len(ps) || !ps[i].is("as") {
			return nil, nil, false
		}
		i++
		if i < len(ps) && ps[i].is("not") {
			i++
		}
		if i < len(ps) && ps[i].is("materialized") {
			i++
		}
		if i+1 >= len(ps) || ps[i].raw != "(" {
			return nil, nil, false
		}
		end := closing(ps, i)
		body := ps[i+1 : end-1]
		if len(body) > 0 && (body[0].is("insert") || body[0].is("update") || body[0].is("delete")) {
			lift = true
		}
		stmts = append(stmts, body)
		i = end
		if i < len(ps) && ps[i].raw == "," {
			i++
			continue
		}
		break
	}
	main := ps[i:]
	if len(main) == 0 {
		return nil, nil, false
	}
	if !lift && (main[0].is("select") || main[0].is("update") || main[0].is("delete") || main[0].raw == "(") {
		return nil, nil, false
	}
	return append(stmts, main), names, true
}

// render joins pieces back into text.
func render(ps []piece) string {
	var b strings.Builder
	for i, p := range ps {
		if p.space && i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(p.raw)
	}
	return b.String()
}
