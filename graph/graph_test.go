package graph

import (
	"bytes"
	"encoding/json"
	"errors"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"testing"

	"github.com/boundcheck/boundcheck/model"
	"github.com/boundcheck/boundcheck/rules"
)

// sampleModel builds a small model with positions in a made-up file.
func sampleModel() (*model.Model, *token.FileSet) {
	fset := token.NewFileSet()
	f := fset.AddFile("/src/svc/a.go", -1, 1000)
	for i := 0; i < 20; i++ {
		f.AddLine(i * 10)
	}
	pos := func(line int) token.Pos { return f.LineStart(line) }
	m := &model.Model{Fset: fset}
	m.Sync = []*model.SyncEdge{
		{From: "a", To: "b", Protocol: "http", Detail: "POST /x", Call: &model.Call{Pos: pos(3)}, Site: pos(3)},
		{From: "a", To: "unknown:a/http/GET ?", Protocol: "http", Detail: "GET ?", Call: &model.Call{Pos: pos(5)}, Site: pos(5)},
		{From: "a", To: `b"<svc>{}`, Protocol: "grpc", Detail: "/p.S/M", Call: &model.Call{Pos: pos(7)}, Site: pos(7)},
	}
	pub := &model.MessageRef{Service: "a", Message: &model.Message{Role: "publish"}, Site: pos(9)}
	pubVague := &model.MessageRef{Service: "a", Message: &model.Message{Role: "publish"}, Site: pos(9)}
	sub := &model.MessageRef{Service: "c", Message: &model.Message{Role: "bind"}, Site: pos(11)}
	known := &model.Topic{ID: "amqp:billing/invoice.created", Protocol: "amqp", Name: "billing/invoice.created", Publish: []*model.MessageRef{pub}}
	vague := &model.Topic{ID: "amqp:billing/{?}", Protocol: "amqp", Name: "billing/{?}", Publish: []*model.MessageRef{pubVague}}
	bound := &model.Topic{ID: "amqp:billing/invoice.*", Protocol: "amqp", Name: "billing/invoice.*", Consume: []*model.MessageRef{sub}}
	orphan := &model.Topic{ID: "kafka:audit", Protocol: "kafka", Name: "audit", Publish: []*model.MessageRef{{Service: "a", Message: &model.Message{Role: "publish"}, Site: pos(13)}}}
	m.Topics = []*model.Topic{known, vague, bound, orphan}
	m.Unresolved = []*model.Unresolved{{ID: "unknown:a/http/GET ?", Service: "a", Kind: "http", What: "GET ?", Label: "? (http GET ?)", Sites: []token.Pos{pos(5)}}}
	m.Async = []*model.AsyncEdge{
		{From: "a", To: "c", Topic: known, Pub: pub, Sub: sub},
		{From: "a", To: "c", Topic: vague, Pub: pubVague, Sub: sub},
	}
	return m, fset
}

func TestBuild(t *testing.T) {
	m, fset := sampleModel()
	g := Build(rules.Empty(), m, fset, func(f string) string { return filepath.Base(f) })
	var b bytes.Buffer
	if err := WriteJSON(&b, g); err != nil {
		t.Fatal(err)
	}
	var back Graph
	if err := json.Unmarshal(b.Bytes(), &back); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, b.String())
	}
	want := []Edge{
		{From: "a", To: "b", Kind: "sync", Protocol: "http", Detail: "POST /x", File: "a.go", Line: 3},
		{From: "a", To: `b"<svc>{}`, Kind: "sync", Protocol: "grpc", Detail: "/p.S/M", File: "a.go", Line: 7},
		{From: "a", To: "c", Kind: "async", Protocol: "amqp", Detail: "billing/invoice.created", File: "a.go", Line: 9, Via: "amqp:billing"},
		{From: "a", To: "kafka:audit", Kind: "async", Protocol: "kafka", Detail: "audit", File: "a.go", Line: 13, Via: "kafka:audit"},
		{From: "a", To: "unknown:a/http/GET ?", Kind: "sync", Protocol: "http", Detail: "GET ?", File: "a.go", Line: 5},
	}
	if len(back.Edges) != len(want) {
		t.Fatalf("got %d edges, want %d:\n%s", len(back.Edges), len(want), b.String())
	}
	for i := range want {
		if !reflect.DeepEqual(back.Edges[i], want[i]) {
			t.Errorf("edge %d:\n got %+v\nwant %+v", i, back.Edges[i], want[i])
		}
	}
	ids := make(map[string]string)
	for _, r := range back.Resources {
		ids[r.ID] = r.Kind
	}
	for id, kind := range map[string]string{"amqp:billing": "exchange", "kafka:audit": "topic", "unknown:a/http/GET ?": "unknown"} {
		if ids[id] != kind {
			t.Errorf("resource %s: kind %q, want %q (have %v)", id, ids[id], kind, ids)
		}
	}
}

func TestBuildDeterministic(t *testing.T) {
	var outs []string
	for range 5 {
		m, fset := sampleModel()
		var b bytes.Buffer
		if err := WriteJSON(&b, Build(rules.Empty(), m, fset, filepath.Base)); err != nil {
			t.Fatal(err)
		}
		outs = append(outs, b.String())
	}
	for _, o := range outs[1:] {
		if o != outs[0] {
			t.Fatalf("outputs differ:\n%s\n---\n%s", outs[0], o)
		}
	}
}

func TestWriteFileWholeOrNothing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "g.json")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("boom")
	err := WriteFile(path, func(w io.Writer) error {
		io.WriteString(w, `{"half":`)
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("error %v, want boom", err)
	}
	if data, _ := os.ReadFile(path); string(data) != "old" {
		t.Errorf("a failed write changed the file: %q", data)
	}
	if err := WriteFile(path, func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(path); string(data) != "new" {
		t.Errorf("file holds %q, want new", data)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
	if err := WriteFile(filepath.Join(dir, "missing", "g.json"), func(w io.Writer) error { return nil }); err == nil {
		t.Errorf("writing into a missing folder succeeded")
	}
}

// TestBuildTables checks a data edge's tables: each with its access and
// the endpoints whose handlers reach a statement on it, the edge's
// from_endpoints their union; a table only other code uses has none.
func TestBuildTables(t *testing.T) {
	fset := token.NewFileSet()
	f := fset.AddFile("/src/orders/store.go", -1, 100)
	f.AddLine(10)
	pos := f.LineStart(2)
	read := &model.TableAccess{Kind: "table", Service: "orders", Resource: "postgres:db/orders", Table: "orders", Pos: pos}
	write := &model.TableAccess{Kind: "table", Service: "orders", Resource: "postgres:db/orders", Table: "orders", Write: true, Pos: pos}
	stats := &model.TableAccess{Kind: "table", Service: "orders", Resource: "postgres:db/orders", Table: "stats", Pos: pos}
	m := &model.Model{Fset: fset,
		Data:   []*model.DataEdge{{From: "orders", Resource: "postgres:db/orders", Kind: "database", Protocol: "sql", Detail: "orders", Site: pos}},
		Tables: []*model.TableAccess{read, write, stats},
		Endpoints: []*model.ServiceEndpoint{
			{Service: "orders", Endpoint: model.Endpoint{Protocol: "http", Method: "GET", Path: "/orders"}, Tables: []*model.TableAccess{read}},
			{Service: "orders", Endpoint: model.Endpoint{Protocol: "http", Method: "POST", Path: "/orders"}, Tables: []*model.TableAccess{write}},
		},
	}
	g := Build(rules.Empty(), m, fset, filepath.Base)
	if len(g.Edges) != 1 {
		t.Fatalf("edges: %+v", g.Edges)
	}
	e := g.Edges[0]
	want := []TableUse{
		{Table: "orders", Access: "read, write", Endpoints: []EndpointUse{{"GET /orders", "read"}, {"POST /orders", "write"}}},
		{Table: "stats", Access: "read"},
	}
	if !reflect.DeepEqual(e.Tables, want) {
		t.Errorf("tables: %+v\nwant %+v", e.Tables, want)
	}
	if !reflect.DeepEqual(e.FromEndpoints, []string{"GET /orders", "POST /orders"}) {
		t.Errorf("from_endpoints: %v", e.FromEndpoints)
	}
}

// TestBuildSharedTables checks a datastore's shared tables: a table two
// services use, with each one's access; a table one service uses is not
// shared, nor is a table on a localhost database two services name.
func TestBuildSharedTables(t *testing.T) {
	fset := token.NewFileSet()
	f := fset.AddFile("/src/a.go", -1, 100)
	f.AddLine(10)
	pos := f.LineStart(2)
	db, local := "postgres:db/shop", "postgres:localhost/shop"
	access := func(svc, res, table string, write bool) *model.TableAccess {
		return &model.TableAccess{Kind: "table", Service: svc, Resource: res, Table: table, Write: write, Pos: pos}
	}
	m := &model.Model{Fset: fset,
		Data: []*model.DataEdge{
			{From: "orders", Resource: db, Kind: "database", Protocol: "sql", Site: pos},
			{From: "billing", Resource: db, Kind: "database", Protocol: "sql", Site: pos},
			{From: "orders", Resource: local, Kind: "database", Protocol: "sql", Site: pos, Loopback: true},
			{From: "billing", Resource: local, Kind: "database", Protocol: "sql", Site: pos, Loopback: true},
		},
		Tables: []*model.TableAccess{
			access("orders", db, "orders", true), access("orders", db, "orders", false), access("billing", db, "orders", false),
			access("billing", db, "invoices", true),
			access("orders", local, "orders", true), access("billing", local, "orders", false),
		},
	}
	g := Build(rules.Empty(), m, fset, filepath.Base)
	shared := make(map[string][]SharedTable)
	for _, r := range g.Resources {
		shared[r.ID] = r.Shared
	}
	want := []SharedTable{{Table: "orders", Users: []ServiceUse{{"billing", "read"}, {"orders", "read, write"}}}}
	if !reflect.DeepEqual(shared[db], want) {
		t.Errorf("%s shared: %+v\nwant %+v", db, shared[db], want)
	}
	if len(shared[local]) != 0 {
		t.Errorf("%s (localhost) shared: %+v, want none", local, shared[local])
	}
}

// TestBuildBoundConsume checks that the consume of a queue bound in the
// same function (model.Topic.BoundConsume) is drawn once, through its
// binding, and that another service's consume of the topic still shows.
func TestBuildBoundConsume(t *testing.T) {
	fset := token.NewFileSet()
	f := fset.AddFile("/src/svc/b.go", -1, 1000)
	for i := 0; i < 20; i++ {
		f.AddLine(i * 10)
	}
	pos := func(line int) token.Pos { return f.LineStart(line) }
	fn := model.Node(pos(2))
	bind := &model.MessageRef{Service: "billing", Pkg: "p", Message: &model.Message{Role: "bind", Func: fn}, Site: pos(4)}
	consume := &model.MessageRef{Service: "billing", Pkg: "p", Message: &model.Message{Role: "consume", Func: fn}, Site: pos(6)}
	other := &model.MessageRef{Service: "audit", Pkg: "q", Message: &model.Message{Role: "consume", Func: model.Node(pos(8))}, Site: pos(9)}
	topic := &model.Topic{ID: "amqp:events/order.refunded", Protocol: "amqp", Name: "events/order.refunded", Consume: []*model.MessageRef{bind, consume, other}}
	g := Build(rules.Empty(), &model.Model{Fset: fset, Topics: []*model.Topic{topic}}, fset, func(f string) string { return filepath.Base(f) })
	var got []string
	for _, e := range g.Edges {
		got = append(got, e.From+" -> "+e.To+" at "+e.File+":"+strconv.Itoa(e.Line))
	}
	want := []string{"amqp:events -> audit at b.go:9", "amqp:events -> billing at b.go:4"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("edges %q, want %q", got, want)
	}
}
