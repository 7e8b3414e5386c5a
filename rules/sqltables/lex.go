package sqltables

import "strings"

// tokKind is the kind of a lexical token of SQL text.
type tokKind uint8

const (
	tkWord    tokKind = iota // keyword or unquoted identifier
	tkIdent                  // "quoted" or `quoted` identifier; text is unquoted
	tkString                 // '...' literal, or a Postgres $tag$...$tag$ literal
	tkNumber                 // numeric literal
	tkParam                  // $1 placeholder
	tkPunct                  // any other character, or "::"
	tkComment                // -- ..., # ... or /* ... */
	tkSpace                  // a run of white space
)

// A token is one lexical token: raw is the source text, text the unquoted
// text of a quoted identifier (raw otherwise).
type token struct {
	kind tokKind
	raw  string
	text string
}

// is reports whether t is the (case-insensitive) keyword kw.
func (t token) is(kw string) bool {
	return t.kind == tkWord && strings.EqualFold(t.raw, kw)
}

// lex splits sql into tokens. It accepts any input: an unterminated string,
// identifier or comment runs to the end of the text.
func lex(sql string) []token {
	var toks []token
	i := 0
	for i < len(sql) {
		c := sql[i]
		start := i
		kind := tkPunct
		text := ""
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			for i < len(sql) && strings.IndexByte(" \t\n\r\f\v", sql[i]) >= 0 {
				i++
			}
			kind = tkSpace
		case c == '-' && strings.HasPrefix(sql[i:], "--"), c == '#' && !strings.HasPrefix(sql[i:], "#>"):
			// "#>" and "#>>" are Postgres JSON operators; any other "#" starts a MySQL comment.
			if j := strings.IndexByte(sql[i:], '\n'); j >= 0 {
				i += j
			} else {
				i = len(sql)
			}
			kind = tkComment
		case c == '/' && strings.HasPrefix(sql[i:], "/*"):
			if j := strings.Index(sql[i+2:], "*/"); j >= 0 {
				i += 2 + j + 2
			} else {
				i = len(sql)
			}
			kind = tkComment
		case c == '\'':
			i = quoted(sql, i, '\'', true)
			kind = tkString
		case c == '"' || c == '`':
			i = quoted(sql, i, c, false)
			kind = tkIdent
			body := sql[start+1 : i]
			if strings.HasSuffix(body, string(c)) && i-start >= 2 {
				body = body[:len(body)-1]
			}
			text = strings.ReplaceAll(body, string([]byte{c, c}), string(c))
		case c == '$':
			j := i + 1
			for j < len(sql) && isDigit(sql[j]) {
				j++
			}
			if j > i+1 {
				i = j
				kind = tkParam
				break
			}
			for j < len(sql) && isWordByte(sql[j]) && !(j == i+1 && isDigit(sql[j])) {
				j++
			}
			if j < len(sql) && sql[j] == '$' {
				tag := sql[i : j+1]
				if k := strings.Index(sql[j+1:], tag); k >= 0 {
					i = j + 1 + k + len(tag)
				} else {
					i = len(sql)
				}
				kind = tkString
				break
			}
			i++
		case isDigit(c) || (c == '.' && i+1 < len(sql) && isDigit(sql[i+1])):
			for i < len(sql) && (isDigit(sql[i]) || sql[i] == '.' || sql[i] == 'e' || sql[i] == 'E' || sql[i] == 'x' || sql[i] == 'X' ||
				(sql[i] >= 'a' && sql[i] <= 'f') || (sql[i] >= 'A' && sql[i] <= 'F')) {
				i++
			}
			kind = tkNumber
		case isWordByte(c):
			for i < len(sql) && (isWordByte(sql[i]) || sql[i] == '$') {
				i++
			}
			kind = tkWord
		case c == ':' && strings.HasPrefix(sql[i:], "::"):
			i += 2
		default:
			i++
		}
		raw := sql[start:i]
		if kind != tkIdent {
			text = raw
		}
		toks = append(toks, token{kind: kind, raw: raw, text: text})
	}
	return toks
}

// quoted returns the end of the quoted run that starts at sql[i] with q; a
// doubled q stands for itself and, when backslash is set, so does \q.
func quoted(sql string, i int, q byte, backslash bool) int {
	for i++; i < len(sql); i++ {
		switch sql[i] {
		case '\\':
			if backslash {
				i++
			}
		case q:
			if i+1 < len(sql) && sql[i+1] == q {
				i++
				continue
			}
			return i + 1
		}
	}
	return len(sql)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isWordByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// split cuts tokens into statements at each ";" (strings, quoted
// identifiers, comments and dollar-quoted bodies hold none). Statements with
// no token but space and comments are left out.
func split(toks []token) [][]token {
	var stmts [][]token
	start := 0
	for i := 0; i <= len(toks); i++ {
		if i < len(toks) && !(toks[i].kind == tkPunct && toks[i].raw == ";") {
			continue
		}
		for _, t := range toks[start:i] {
			if t.kind != tkSpace && t.kind != tkComment {
				stmts = append(stmts, toks[start:i])
				break
			}
		}
		start = i + 1
	}
	return stmts
}

// code returns toks without space and comments.
func code(toks []token) []token {
	out := make([]token, 0, len(toks))
	for _, t := range toks {
		if t.kind != tkSpace && t.kind != tkComment {
			out = append(out, t)
		}
	}
	return out
}
