package graph

import (
	"bytes"
	"flag"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/boundcheck/boundcheck/model"
	"github.com/boundcheck/boundcheck/rules"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// unknownsModel is two services, web and admin, that each call a gRPC
// service, connect to a database and publish or consume a subject none of
// which could be resolved, each its own unknown; and that share a
// database and a subject they both name (admin consuming it through a
// wildcard).
func unknownsModel() (*model.Model, *token.FileSet) {
	fset := token.NewFileSet()
	f := fset.AddFile("/src/sys/main.go", -1, 1000)
	for i := 0; i < 40; i++ {
		f.AddLine(i * 10)
	}
	pos := func(line int) token.Pos { return f.LineStart(line) }
	m := &model.Model{Fset: fset}
	unknown := func(svc, kind, what, label string, line int) string {
		id := model.UnknownPrefix + svc + "/" + kind + "/" + what
		m.Unresolved = append(m.Unresolved, &model.Unresolved{ID: id, Service: svc, Kind: kind, What: what, Label: label, Sites: []token.Pos{pos(line)}})
		return id
	}
	call := func(from, to, protocol, detail string, line int) *model.SyncEdge {
		return &model.SyncEdge{From: from, To: to, Protocol: protocol, Detail: detail, Call: &model.Call{Pos: pos(line)}, Site: pos(line)}
	}
	m.Sync = []*model.SyncEdge{
		call("admin", unknown("admin", "grpc", "hipstershop.CartService", "? (grpc hipstershop.CartService)", 21), "grpc", "/hipstershop.CartService/GetCart", 21),
		call("web", unknown("web", "grpc", "hipstershop.CartService", "? (grpc hipstershop.CartService)", 3), "grpc", "/hipstershop.CartService/GetCart", 3),
		call("web", unknown("web", "http", "GET /carts/{?}", "? (http GET /carts/{?})", 4), "http", "GET /carts/{?}", 4),
	}
	data := func(from, resource string, line int) *model.DataEdge {
		return &model.DataEdge{From: from, Resource: resource, Kind: "database", Protocol: "sql", Detail: "shop", Site: pos(line)}
	}
	m.Data = []*model.DataEdge{
		data("web", unknown("web", "postgres", "DSN from ORDERS_DB_URL", "? (postgres, DSN from ORDERS_DB_URL)", 5), 5),
		data("web", "postgres:shared-db/shop", 6),
		data("admin", unknown("admin", "postgres", "DSN from ORDERS_DB_URL", "? (postgres, DSN from ORDERS_DB_URL)", 22), 22),
		data("admin", "postgres:shared-db/shop", 23),
	}
	ref := func(svc, role string, line int) *model.MessageRef {
		return &model.MessageRef{Service: svc, Message: &model.Message{Protocol: "nats", Role: role}, Site: pos(line)}
	}
	pub, sub := ref("web", "publish", 8), ref("admin", "consume", 25)
	created := &model.Topic{ID: "nats:orders.created", Protocol: "nats", Name: "orders.created", Publish: []*model.MessageRef{pub}}
	wildcard := &model.Topic{ID: "nats:orders.*", Protocol: "nats", Name: "orders.*", Consume: []*model.MessageRef{sub}}
	webOut := &model.Topic{ID: unknown("web", "nats", "from SUBJECT", "? (nats subject from SUBJECT)", 7), Protocol: "nats", Name: "{?}",
		Publish: []*model.MessageRef{ref("web", "publish", 7)}}
	adminIn := &model.Topic{ID: unknown("admin", "nats", "from SUBJECT", "? (nats subject from SUBJECT)", 24), Protocol: "nats", Name: "{?}",
		Consume: []*model.MessageRef{ref("admin", "consume", 24)}}
	m.Topics = []*model.Topic{created, wildcard, adminIn, webOut}
	m.Async = []*model.AsyncEdge{{From: "web", To: "admin", Topic: created, Pub: pub, Sub: sub}}
	slices.SortFunc(m.Unresolved, func(x, y *model.Unresolved) int { return strings.Compare(x.ID, y.ID) })
	return m, fset
}

// unknownsSet has the two services of unknownsModel.
func unknownsSet() *rules.Set {
	set := rules.Empty()
	set.Services = []*rules.Service{
		{Name: "admin", Packages: []string{"example.com/sys/cmd/admin"}},
		{Name: "web", Packages: []string{"example.com/sys/cmd/web"}},
	}
	return set
}

// TestUnknownsApart checks that every unknown is a resource of kind
// unknown with its label, and is drawn as its own node that one service
// alone touches, while the database both services name is one node with
// an edge from each, and the subject admin's wildcard receives links web
// to admin through it.
func TestUnknownsApart(t *testing.T) {
	m, fset := unknownsModel()
	g := Build(unknownsSet(), m, fset, filepath.Base)
	var got []string
	for _, r := range g.Resources {
		got = append(got, r.ID+" "+r.Kind+" "+r.Label)
	}
	want := []string{
		"nats:orders.* subject ",
		"nats:orders.created subject ",
		"postgres:shared-db/shop database ",
		"unknown:admin/grpc/hipstershop.CartService unknown ? (grpc hipstershop.CartService)",
		"unknown:admin/nats/from SUBJECT unknown ? (nats subject from SUBJECT)",
		"unknown:admin/postgres/DSN from ORDERS_DB_URL unknown ? (postgres, DSN from ORDERS_DB_URL)",
		"unknown:web/grpc/hipstershop.CartService unknown ? (grpc hipstershop.CartService)",
		"unknown:web/http/GET /carts/{?} unknown ? (http GET /carts/{?})",
		"unknown:web/nats/from SUBJECT unknown ? (nats subject from SUBJECT)",
		"unknown:web/postgres/DSN from ORDERS_DB_URL unknown ? (postgres, DSN from ORDERS_DB_URL)",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("resources:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	d := newDrawing(g, Options{})
	touched := make(map[int][]string) // node → the services its edges come from or go to
	for _, e := range d.edges {
		for _, pair := range [][2]int{{e.fi, e.ti}, {e.ti, e.fi}} {
			if s := d.nodes[pair[1]].service; s != "" && !slices.Contains(touched[pair[0]], s) {
				touched[pair[0]] = append(touched[pair[0]], s)
			}
		}
	}
	var nodes []string
	for i, n := range d.nodes {
		if n.service == "" {
			nodes = append(nodes, n.kind+" "+n.label+" <- "+strings.Join(slices.Sorted(slices.Values(touched[i])), ","))
		}
	}
	slices.Sort(nodes)
	wantNodes := []string{
		"datastore postgres:shared-db/shop <- admin,web",
		"topic nats:orders.created <- admin,web",
		"unknown ? (grpc hipstershop.CartService) <- admin",
		"unknown ? (grpc hipstershop.CartService) <- web",
		"unknown ? (http GET /carts/{?}) <- web",
		"unknown ? (nats subject from SUBJECT) <- admin",
		"unknown ? (nats subject from SUBJECT) <- web",
		"unknown ? (postgres, DSN from ORDERS_DB_URL) <- admin",
		"unknown ? (postgres, DSN from ORDERS_DB_URL) <- web",
	}
	if strings.Join(nodes, "\n") != strings.Join(wantNodes, "\n") {
		t.Errorf("resource nodes:\n%s\nwant:\n%s", strings.Join(nodes, "\n"), strings.Join(wantNodes, "\n"))
	}
}

// TestUnknownsGolden compares the DOT, Mermaid and SVG drawings of
// unknownsModel with testdata/unknowns.* (go test -run TestUnknownsGolden
// -update rewrites them): the unknowns drawn dashed and grey, labelled
// "?", and named in the legend.
func TestUnknownsGolden(t *testing.T) {
	m, fset := unknownsModel()
	g := Build(unknownsSet(), m, fset, filepath.Base)
	for _, tt := range []struct {
		name  string
		write func(*bytes.Buffer) error
	}{
		{"unknowns.dot", func(b *bytes.Buffer) error { return WriteDOT(b, g, Options{}) }},
		{"unknowns.mmd", func(b *bytes.Buffer) error { return WriteMermaid(b, g, Options{}) }},
		{"unknowns.svg", func(b *bytes.Buffer) error { return WriteSVG(b, g, Options{}) }},
		{"unknowns.json", func(b *bytes.Buffer) error { return WriteJSON(b, g) }},
	} {
		var b bytes.Buffer
		if err := tt.write(&b); err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		path := filepath.Join("testdata", tt.name)
		if *update {
			if err := os.MkdirAll("testdata", 0o777); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, b.Bytes(), 0o666); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v; go test -run TestUnknownsGolden -update writes it", err)
		}
		if b.String() != string(want) {
			t.Errorf("%s differs from %s (go test -run TestUnknownsGolden -update rewrites it):\n%s", tt.name, path, b.String())
		}
	}
}

// TestNoUnknownNoLegend checks that a drawing without unknowns has no
// legend entry for them, so the drawings of resolved systems stay as they
// were.
func TestNoUnknownNoLegend(t *testing.T) {
	m, fset := sampleModel()
	g := Build(rules.Empty(), m, fset, filepath.Base)
	g.Resources = slices.DeleteFunc(g.Resources, func(r Resource) bool { return r.Kind == "unknown" })
	g.Edges = slices.DeleteFunc(g.Edges, func(e Edge) bool { return model.IsUnknown(e.To) })
	for name, write := range map[string]func(*bytes.Buffer) error{
		"dot":     func(b *bytes.Buffer) error { return WriteDOT(b, g, Options{}) },
		"mermaid": func(b *bytes.Buffer) error { return WriteMermaid(b, g, Options{}) },
		"svg":     func(b *bytes.Buffer) error { return WriteSVG(b, g, Options{}) },
	} {
		var b bytes.Buffer
		if err := write(&b); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(b.String(), "not resolved") || strings.Contains(b.String(), "unknown") {
			t.Errorf("%s: a drawing without unknowns mentions them:\n%s", name, b.String())
		}
	}
}
