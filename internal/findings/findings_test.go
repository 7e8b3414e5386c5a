package findings

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"slices"
	"strconv"
	"strings"
	"testing"
)

var known = []string{"crossimport", "notimeout", DirectiveAnalyzer}

func TestParseDirective(t *testing.T) {
	tests := []struct {
		text      string
		analyzers []string
		reason    string
		problem   string // substring; "" for a well-formed directive
		none      bool   // not a directive at all
	}{
		{text: "//boundcheck:ignore crossimport moving to api in #12", analyzers: []string{"crossimport"}, reason: "moving to api in #12"},
		{text: "//boundcheck:ignore crossimport,notimeout legacy", analyzers: []string{"crossimport", "notimeout"}, reason: "legacy"},
		{text: "//boundcheck:ignore crossimport", problem: "needs a reason"},
		{text: "//boundcheck:ignore", problem: "names no analyzer"},
		{text: "//boundcheck:ignore nosuch because", problem: `unknown analyzer "nosuch"`},
		{text: "//boundcheck:ignorecrossimport x", none: true},
		{text: "// boundcheck:ignore crossimport x", none: true},
		{text: "//nolint:crossimport", none: true},
	}
	for _, tt := range tests {
		d := parseDirective(tt.text, known)
		if tt.none {
			if d != nil {
				t.Errorf("%q: parsed as a directive: %+v", tt.text, d)
			}
			continue
		}
		if d == nil {
			t.Errorf("%q: not parsed", tt.text)
			continue
		}
		if tt.problem != "" {
			if !strings.Contains(d.Problem, tt.problem) {
				t.Errorf("%q: problem %q, want it to contain %q", tt.text, d.Problem, tt.problem)
			}
			continue
		}
		if d.Problem != "" || strings.Join(d.Analyzers, ",") != strings.Join(tt.analyzers, ",") || d.Reason != tt.reason {
			t.Errorf("%q: got analyzers %v reason %q problem %q", tt.text, d.Analyzers, d.Reason, d.Problem)
		}
	}
}

func TestIndex(t *testing.T) {
	src := `package p

//boundcheck:ignore crossimport reason above
var a = 1 // line 4

var b = 2 //boundcheck:ignore crossimport reason on the line

//boundcheck:ignore notimeout nothing to suppress here
var c = 3

//boundcheck:ignore crossimport
var d = 4
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	ix := NewIndex(ParseDirectives(fset, []*ast.File{f}, known))
	at := func(line int) token.Position { return token.Position{Filename: "p.go", Line: line, Column: 1} }
	if !ix.Suppressed("crossimport", at(4)) {
		t.Error("directive on the line above did not suppress")
	}
	if !ix.Suppressed("crossimport", at(6)) {
		t.Error("directive on the same line did not suppress")
	}
	if ix.Suppressed("notimeout", at(4)) {
		t.Error("a directive suppressed another analyzer's finding")
	}
	if ix.Suppressed("crossimport", at(12)) {
		t.Error("a directive without a reason suppressed a finding")
	}
	if ix.Suppressed("crossimport", at(10)) {
		t.Error("a directive reached two lines down")
	}
	probs := ix.Problems(func(string) bool { return true })
	var got []string
	for _, p := range probs {
		got = append(got, p.Analyzer+":"+strconv.Itoa(p.Pos.Line))
	}
	if want := "directive:8 directive:11"; strings.Join(got, " ") != want {
		t.Errorf("problems %v, want %s", got, want)
	}
	// An analyzer that did not run cannot make its directives unused.
	if probs := ix.Problems(func(a string) bool { return a != "notimeout" }); len(probs) != 1 {
		t.Errorf("with notimeout not run: %d problems, want 1 (the missing reason)", len(probs))
	}
}

func TestPrinterGitHubEscapes(t *testing.T) {
	var buf bytes.Buffer
	p := &Printer{Dir: "/w", Format: "github"}
	err := p.Print(&buf, []Finding{{Analyzer: "crossimport", Pos: token.Position{Filename: "/w/a,b:c.go", Line: 3, Column: 2}, Message: "100% bad\nsecond line"}})
	if err != nil {
		t.Fatal(err)
	}
	want := "::error file=a%2Cb%3Ac.go,line=3,col=2,title=boundcheck crossimport::100%25 bad%0Asecond line\n"
	if buf.String() != want {
		t.Errorf("got  %q\nwant %q", buf.String(), want)
	}
}

func TestSortDeduplicates(t *testing.T) {
	f := func(file string, line int, msg string) Finding {
		return Finding{Analyzer: "crossimport", Pos: token.Position{Filename: file, Line: line}, Message: msg}
	}
	got := Sort([]Finding{f("b.go", 1, "x"), f("a.go", 9, "x"), f("a.go", 2, "y"), f("a.go", 9, "x")})
	var keys []string
	for _, g := range got {
		keys = append(keys, g.Pos.Filename+":"+strconv.Itoa(g.Pos.Line))
	}
	if want := "a.go:2 a.go:9 b.go:1"; strings.Join(keys, " ") != want {
		t.Errorf("got %v, want %s", keys, want)
	}
}

// Two findings at one position from one analyzer with different messages
// are two findings: Sort keeps both, in the same order whatever the input
// order. And every field of the key counts: findings differing in only one
// of them are neither merged nor left in input order.
func TestSortKeyIsTotal(t *testing.T) {
	base := Finding{Analyzer: "crossimport", Pos: token.Position{Filename: "/w/a.go", Line: 3, Column: 5}, Message: "m1"}
	variants := map[string]func(*Finding){
		"message":  func(f *Finding) { f.Message = "m0" },
		"analyzer": func(f *Finding) { f.Analyzer = "contracts" },
		"file":     func(f *Finding) { f.Pos.Filename = "/w/0.go" },
		"line":     func(f *Finding) { f.Pos.Line = 2 },
		"column":   func(f *Finding) { f.Pos.Column = 4 },
	}
	for field, change := range variants {
		other := base
		change(&other)
		str := func(fs []Finding) string {
			var s []string
			for _, f := range fs {
				s = append(s, fmt.Sprintf("%s:%d:%d %s %s", f.Pos.Filename, f.Pos.Line, f.Pos.Column, f.Analyzer, f.Message))
			}
			return strings.Join(s, " | ")
		}
		// other is smaller in the changed field, so it comes first.
		want := str([]Finding{other, base})
		for _, in := range [][]Finding{{base, other}, {other, base}} {
			input := str(in)
			if got := str(Sort(in)); got != want {
				t.Errorf("differing in %s, input %s:\ngot  %s\nwant %s", field, input, got, want)
			}
		}
	}
}

// TestPrinterXML checks the checkstyle and JUnit reports by reading them
// back: one file element per file in order, a failed test case per
// finding grouped by analyzer, markup in messages escaped, and the related
// positions after the message.
func TestPrinterXML(t *testing.T) {
	fs := []Finding{
		{Analyzer: "crossimport", Pos: token.Position{Filename: "/w/a.go", Line: 3, Column: 2}, Message: `imports "x/internal" <a & b>`},
		{Analyzer: "notimeout", Pos: token.Position{Filename: "/w/a.go", Line: 9, Column: 1}, Message: "no deadline",
			Related: []Related{{Pos: token.Position{Filename: "/w/b.go", Line: 4, Column: 7}, Message: "it reaches X here"}}},
		{Analyzer: "crossimport", Pos: token.Position{Filename: "/w/c/d.go", Line: 1, Column: 1}, Message: "m"},
	}
	print := func(format string) []byte {
		var buf bytes.Buffer
		if err := (&Printer{Dir: "/w", Format: format}).Print(&buf, fs); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}

	var cs struct {
		Files []struct {
			Name   string `xml:"name,attr"`
			Errors []struct {
				Line    int    `xml:"line,attr"`
				Message string `xml:"message,attr"`
				Source  string `xml:"source,attr"`
			} `xml:"error"`
		} `xml:"file"`
	}
	if err := xml.Unmarshal(print("checkstyle"), &cs); err != nil {
		t.Fatalf("checkstyle: %v", err)
	}
	var got []string
	for _, f := range cs.Files {
		for _, e := range f.Errors {
			got = append(got, fmt.Sprintf("%s:%d %s %q", f.Name, e.Line, e.Source, e.Message))
		}
	}
	want := []string{
		`a.go:3 boundcheck.crossimport "imports \"x/internal\" <a & b>"`,
		`a.go:9 boundcheck.notimeout "no deadline\nb.go:4:7: it reaches X here"`,
		`c/d.go:1 boundcheck.crossimport "m"`,
	}
	if !slices.Equal(got, want) || len(cs.Files) != 2 {
		t.Errorf("checkstyle: %d files\n%s\nwant 2 files\n%s", len(cs.Files), strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	var ju struct {
		Tests    int `xml:"tests,attr"`
		Failures int `xml:"failures,attr"`
		Suites   []struct {
			Name  string `xml:"name,attr"`
			Tests int    `xml:"tests,attr"`
			Cases []struct {
				Name    string `xml:"name,attr"`
				Failure struct {
					Message string `xml:"message,attr"`
					Text    string `xml:",chardata"`
				} `xml:"failure"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	if err := xml.Unmarshal(print("junit"), &ju); err != nil {
		t.Fatalf("junit: %v", err)
	}
	got = nil
	for _, s := range ju.Suites {
		for _, c := range s.Cases {
			got = append(got, fmt.Sprintf("%s/%d %s %q %q", s.Name, s.Tests, c.Name, c.Failure.Message, c.Failure.Text))
		}
	}
	want = []string{
		`boundcheck.crossimport/2 a.go:3:2 "imports \"x/internal\" <a & b>" "imports \"x/internal\" <a & b>"`,
		`boundcheck.crossimport/2 c/d.go:1:1 "m" "m"`,
		`boundcheck.notimeout/1 a.go:9:1 "no deadline" "no deadline\nb.go:4:7: it reaches X here"`,
	}
	if ju.Tests != 3 || ju.Failures != 3 || !slices.Equal(got, want) {
		t.Errorf("junit: tests=%d failures=%d\n%s\nwant 3, 3\n%s", ju.Tests, ju.Failures, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
