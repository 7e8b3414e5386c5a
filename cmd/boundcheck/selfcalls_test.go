package main

import (
	"bytes"
	"go/token"
	"path/filepath"
	"testing"

	"github.com/boundcheck/boundcheck/model"
)

// TestSelfCalls checks the note on calls that reach their own service:
// one line per call site, sorted by file and line (line 9 before line 10),
// and nothing at all when there are none.
func TestSelfCalls(t *testing.T) {
	wd := t.TempDir()
	fset := token.NewFileSet()
	f := fset.AddFile(filepath.Join(wd, "services", "frontend", "client.go"), -1, 200)
	f.SetLines([]int{0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100})
	m := &model.Model{SelfCalls: []*model.SyncEdge{
		{From: "hotrod", To: "hotrod", Protocol: "http", Detail: "GET /locations", Site: f.LineStart(10), Call: &model.Call{}},
		{From: "hotrod", To: "hotrod", Protocol: "grpc", Detail: "/route.RoutesService/FindRoute", Site: f.LineStart(9), Call: &model.Call{}},
	}}
	var b bytes.Buffer
	writeSelfCalls(&b, selfCallLines(wd, m, fset))
	want := "boundcheck: 2 calls reach the calling service itself, so no edge is drawn (if one binary runs several services, declare each with its packages under services: in boundcheck.yaml):\n" +
		"  services/frontend/client.go:9: hotrod: grpc /route.RoutesService/FindRoute\n" +
		"  services/frontend/client.go:10: hotrod: http GET /locations\n"
	if b.String() != want {
		t.Errorf("note:\n%s\nwant:\n%s", b.String(), want)
	}
	b.Reset()
	writeSelfCalls(&b, selfCallLines(wd, &model.Model{}, fset))
	if b.Len() != 0 {
		t.Errorf("note without self calls: %q", b.String())
	}
}

// TestDeadCalls checks the note on calls in code no service runs: one
// line per call, the count in the singular for one, nothing for none.
func TestDeadCalls(t *testing.T) {
	wd := t.TempDir()
	fset := token.NewFileSet()
	f := fset.AddFile(filepath.Join(wd, "broker", "handlers.go"), -1, 200)
	f.SetLines([]int{0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100})
	m := &model.Model{DeadCalls: []model.DeadCall{{Service: "broker", What: "http POST", Pos: f.LineStart(7)}}}
	var b bytes.Buffer
	writeDeadCalls(&b, deadCallLines(wd, m, fset))
	want := "boundcheck: 1 call, message or connection is in code no service runs (a package no binary links, or an unexported function nothing reaches), so no edge is drawn:\n" +
		"  broker/handlers.go:7: broker: http POST\n"
	if b.String() != want {
		t.Errorf("note:\n%s\nwant:\n%s", b.String(), want)
	}
	b.Reset()
	writeDeadCalls(&b, deadCallLines(wd, &model.Model{}, fset))
	if b.Len() != 0 {
		t.Errorf("note without dead calls: %q", b.String())
	}
}
