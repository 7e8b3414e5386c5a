package graph

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/awalterschulze/gographviz"

	"github.com/boundcheck/boundcheck/rules"
)

// TestDOTEscaping draws names with quotes, angle brackets, braces,
// backslashes and unicode: the output must parse as DOT and keep every
// node and edge.
func TestDOTEscaping(t *testing.T) {
	m, fset := sampleModel()
	m.Sync[0].To = `evil" ]; x [label="pwned`
	m.Sync[1].Detail = `GET /a\"b <script>`
	g := Build(rules.Empty(), m, fset, filepath.Base)
	g.Services = append(g.Services, Service{Name: "straße-δ{}"})
	var b bytes.Buffer
	if err := WriteDOT(&b, g, Options{}); err != nil {
		t.Fatal(err)
	}
	ast, err := gographviz.ParseString(b.String())
	if err != nil {
		t.Fatalf("output does not parse as DOT: %v\n%s", err, b.String())
	}
	parsed := gographviz.NewGraph()
	if err := gographviz.Analyse(ast, parsed); err != nil {
		t.Fatalf("analyse: %v", err)
	}
	if !parsed.IsNode(dotQuote(`evil" ]; x [label="pwned`)) {
		t.Errorf("the quoted name is not one node:\n%s", b.String())
	}
	if parsed.IsNode("x") {
		t.Errorf("a name injected a node:\n%s", b.String())
	}
	const legendEdges = 3
	if got, want := len(parsed.Edges.Edges), len(newDrawing(g, Options{}).edges)+legendEdges; got != want {
		t.Errorf("parsed %d edges, want the %d drawn and the legend's %d", got, want-legendEdges, legendEdges)
	}
}

// TestMermaidEscaping checks that no name reaches a Mermaid label raw.
func TestMermaidEscaping(t *testing.T) {
	m, fset := sampleModel()
	g := Build(rules.Empty(), m, fset, filepath.Base)
	g.Services = append(g.Services, Service{Name: `a"]-->x[<img src=x onerror=alert(1)>`})
	var b bytes.Buffer
	if err := WriteMermaid(&b, g, Options{}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, bad := range []string{"<img", `a"]-->x`, "-->x["} {
		if strings.Contains(out, bad) {
			t.Errorf("output holds %q raw:\n%s", bad, out)
		}
	}
	// Every node and edge line is one statement.
	for _, line := range strings.Split(strings.TrimSpace(out), "\n")[1:] {
		if strings.Count(line, `"`)%2 != 0 {
			t.Errorf("unbalanced quotes in %q", line)
		}
	}
}

// TestAsyncThroughTopic draws an async edge through its topic.
func TestAsyncThroughTopic(t *testing.T) {
	m, fset := sampleModel()
	g := Build(rules.Empty(), m, fset, filepath.Base)
	var found []string
	d := newDrawing(g, Options{})
	for _, e := range d.edges {
		if e.kind == "async" {
			found = append(found, d.nodes[e.fi].key+" -> "+d.nodes[e.ti].key)
		}
	}
	want := "a -> amqp:billing\na -> kafka:audit\namqp:billing -> c"
	if got := strings.Join(found, "\n"); got != want {
		t.Errorf("async edges drawn:\n%s\nwant:\n%s", got, want)
	}
}

// TestMermaidLimits notes on stderr a chart too big for Mermaid to draw.
func TestMermaidLimits(t *testing.T) {
	for _, tt := range []struct {
		services int
		note     bool
	}{{20, false}, {500, true}} {
		var b, notes bytes.Buffer
		if err := WriteMermaid(&b, generated(tt.services, 1), Options{Notes: &notes}); err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(notes.String(), "Mermaid's defaults"); got != tt.note {
			t.Errorf("%d services: note %q", tt.services, notes.String())
		}
	}
}
