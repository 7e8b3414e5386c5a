package findings

import (
	"fmt"
	"go/ast"
	"go/token"
	"slices"
	"strings"
)

// DirectiveAnalyzer is the analyzer name under which problems with
// //boundcheck:ignore directives are reported.
const DirectiveAnalyzer = "directive"

const directivePrefix = "//boundcheck:ignore"

// A Directive is one //boundcheck:ignore comment. It suppresses findings of
// the named analyzers on its own line and on the line below it.
type Directive struct {
	Pos       token.Position
	pos       token.Pos
	Analyzers []string
	Reason    string
	Problem   string // why the directive is malformed; a malformed directive suppresses nothing
	used      bool
}

// ParseDirectives returns the directives in files, in file order.
// known lists the valid analyzer names.
func ParseDirectives(fset *token.FileSet, files []*ast.File, known []string) []*Directive {
	var ds []*Directive
	for _, f := range files {
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				if d := parseDirective(c.Text, known); d != nil {
					d.pos = c.Pos()
					d.Pos = fset.Position(c.Pos())
					ds = append(ds, d)
				}
			}
		}
	}
	return ds
}

func parseDirective(text string, known []string) *Directive {
	rest, ok := strings.CutPrefix(text, directivePrefix)
	if !ok || rest != "" && rest[0] != ' ' && rest[0] != '\t' {
		return nil
	}
	fields := strings.Fields(rest)
	d := &Directive{}
	if len(fields) == 0 {
		d.Problem = "//boundcheck:ignore names no analyzer; write //boundcheck:ignore ANALYZER reason"
		return d
	}
	for _, name := range strings.Split(fields[0], ",") {
		if !slices.Contains(known, name) {
			d.Problem = fmt.Sprintf("//boundcheck:ignore names unknown analyzer %q; known: %s", name, strings.Join(known, ", "))
			return d
		}
		d.Analyzers = append(d.Analyzers, name)
	}
	d.Reason = strings.TrimSpace(strings.Join(fields[1:], " "))
	if d.Reason == "" {
		d.Problem = fmt.Sprintf("//boundcheck:ignore %s needs a reason after the analyzer name, saying why the finding is acceptable", fields[0])
	}
	return d
}

// An Index answers whether a finding is suppressed and remembers which
// directives were used.
type Index struct {
	byLine map[lineKey][]*Directive
	all    []*Directive
}

type lineKey struct {
	file string
	line int
}

// NewIndex indexes well-formed directives by the lines they cover.
func NewIndex(ds []*Directive) *Index {
	ix := &Index{byLine: make(map[lineKey][]*Directive), all: ds}
	for _, d := range ds {
		if d.Problem != "" {
			continue
		}
		for _, line := range []int{d.Pos.Line, d.Pos.Line + 1} {
			k := lineKey{d.Pos.Filename, line}
			ix.byLine[k] = append(ix.byLine[k], d)
		}
	}
	return ix
}

// Suppressed reports whether a finding of analyzer at pos is suppressed, and
// marks the directive that does it as used.
func (ix *Index) Suppressed(analyzer string, pos token.Position) bool {
	for _, d := range ix.byLine[lineKey{pos.Filename, pos.Line}] {
		if slices.Contains(d.Analyzers, analyzer) {
			d.used = true
			return true
		}
	}
	return false
}

// Unused returns the well-formed directives that suppressed nothing although
// every analyzer they name ran (ran reports which did).
func (ix *Index) Unused(ran func(analyzer string) bool) []*Directive {
	var out []*Directive
	for _, d := range ix.all {
		if d.Problem == "" && !d.used && !slices.ContainsFunc(d.Analyzers, func(a string) bool { return !ran(a) }) {
			out = append(out, d)
		}
	}
	return out
}

// UnusedMessage says that d suppresses nothing.
func (d *Directive) UnusedMessage() string {
	names := strings.Join(d.Analyzers, ",")
	return fmt.Sprintf("//boundcheck:ignore %s suppresses nothing: no %s finding on this line or the next; remove it", names, strings.Join(d.Analyzers, " or "))
}

// Problems returns a finding for each malformed directive and for each
// unused one (see Unused), in file order.
func (ix *Index) Problems(ran func(analyzer string) bool) []Finding {
	unused := make(map[*Directive]bool)
	for _, d := range ix.Unused(ran) {
		unused[d] = true
	}
	var out []Finding
	for _, d := range ix.all {
		msg := d.Problem
		if unused[d] {
			msg = d.UnusedMessage()
		}
		if msg != "" {
			out = append(out, Finding{Analyzer: DirectiveAnalyzer, Pos: d.Pos, End: d.Pos, Message: msg})
		}
	}
	return out
}

// TokenPos returns the directive's position in its file set.
func (d *Directive) TokenPos() token.Pos { return d.pos }
