package graph

import (
	"slices"
	"strings"
	"testing"
)

func TestNarrow(t *testing.T) {
	g := &Graph{
		Services:  []Service{{Name: "a"}, {Name: "b"}, {Name: "c"}, {Name: "d"}},
		Resources: []Resource{{ID: "external:x", Kind: "external"}, {ID: "pg:db/t", Kind: "table"}, {ID: "kafka:t", Kind: "topic"}},
		Edges: []Edge{
			{From: "a", To: "b", Kind: "sync"}, {From: "b", To: "c", Kind: "sync"}, {From: "c", To: "d", Kind: "sync"},
			{From: "a", To: "external:x", Kind: "sync"}, {From: "b", To: "pg:db/t", Kind: "data"},
			{From: "e", To: "c", Kind: "async", Via: "kafka:t"},
		},
	}
	render := func(g *Graph) string {
		var parts []string
		for _, e := range g.Edges {
			parts = append(parts, e.From+">"+e.To)
		}
		return strings.Join(parts, " ")
	}
	for _, tc := range []struct {
		v    View
		want string
	}{
		{View{}, "a>b b>c c>d a>external:x b>pg:db/t e>c"},
		{View{NoExternal: true}, "a>b b>c c>d b>pg:db/t e>c"},
		{View{NoData: true}, "a>b b>c c>d a>external:x e>c"},
		{View{Focus: "b"}, "a>b b>c b>pg:db/t"},
		{View{Focus: "b", Depth: 2}, "a>b b>c c>d a>external:x b>pg:db/t e>c"},
		{View{Focus: "d", NoExternal: true}, "c>d"},
		{View{Focus: "c"}, "b>c c>d e>c"},
	} {
		got, err := g.Narrow(tc.v)
		if err != nil {
			t.Fatal(err)
		}
		if r := render(got); r != tc.want {
			t.Errorf("%+v: %s, want %s", tc.v, r, tc.want)
		}
	}
	got, _ := g.Narrow(View{Focus: "c"})
	if !strings.Contains(render(got), "e>c") || len(got.Resources) != 1 || got.Resources[0].ID != "kafka:t" {
		t.Errorf("focus c keeps the async edge's topic: %+v", got.Resources)
	}
	if _, err := g.Narrow(View{Focus: "nope"}); err == nil || !strings.Contains(err.Error(), `"nope"`) {
		t.Errorf("focus on a missing service: %v", err)
	}
}

func TestMark(t *testing.T) {
	g := &Graph{
		Services: []Service{{Name: "a"}, {Name: "b"}},
		Edges: []Edge{
			{From: "a", To: "b", Kind: "sync", File: "a.go", Line: 3},
			{From: "b", To: "c", Kind: "sync", File: "b.go", Line: 7},
			{From: "b", To: "d", Kind: "sync", File: "b.go", Line: 9},
		},
	}
	g.Mark([]Finding{
		{Analyzer: "syncchain", Message: "chain", Service: "a", File: "a.go", Line: 3, Related: []Position{{"b.go", 7}}},
		// Two findings with one message are two, as check counts them;
		// the same one twice (a test variant's copy) is one.
		{Analyzer: "notimeout", Message: "no timeout", Service: "a", File: "a.go", Line: 5},
		{Analyzer: "notimeout", Message: "no timeout", Service: "a", File: "a.go", Line: 6},
		{Analyzer: "notimeout", Message: "no timeout", Service: "a", File: "a.go", Line: 6},
	})
	want := []string{"syncchain: chain (a.go:3)", "notimeout: no timeout (a.go:5)", "notimeout: no timeout (a.go:6)"}
	if got := g.Services[0].Findings; !slices.Equal(got, want) {
		t.Errorf("service a: %q, want %q", got, want)
	}
	if len(g.Services[1].Findings) != 0 {
		t.Errorf("service b marked: %v", g.Services[1].Findings)
	}
	for i, want := range []bool{true, true, false} {
		if got := len(g.Edges[i].Findings) > 0; got != want {
			t.Errorf("edge %d marked %v, want %v", i, got, want)
		}
	}
}

// TestMarkResource checks a finding about a resource (a shared database):
// the resource and the finding service's data edges to it are marked, not
// another service's edge to it, nor the service's edge to another resource.
func TestMarkResource(t *testing.T) {
	g := &Graph{
		Services:  []Service{{Name: "a"}, {Name: "b"}},
		Resources: []Resource{{ID: "postgres:db/shop", Kind: "database"}, {ID: "postgres:db/a", Kind: "database"}},
		Edges: []Edge{
			{From: "a", To: "postgres:db/shop", Kind: "data", File: "a.go", Line: 3},
			{From: "b", To: "postgres:db/shop", Kind: "data", File: "b.go", Line: 4},
			{From: "a", To: "postgres:db/a", Kind: "data", File: "a.go", Line: 5},
		},
	}
	g.Mark([]Finding{{Analyzer: "shareddb", Message: "shared", Service: "a", File: "store.go", Line: 9, Resource: "postgres:db/shop"}})
	if got, want := g.Resources[0].Findings, []string{"shareddb: shared (store.go:9)"}; !slices.Equal(got, want) {
		t.Errorf("resource: %q, want %q", got, want)
	}
	if len(g.Resources[1].Findings) != 0 {
		t.Errorf("other resource marked: %v", g.Resources[1].Findings)
	}
	for i, want := range []bool{true, false, false} {
		if got := len(g.Edges[i].Findings) > 0; got != want {
			t.Errorf("edge %d marked %v, want %v", i, got, want)
		}
	}
}
