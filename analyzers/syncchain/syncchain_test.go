package syncchain_test

import (
	"go/token"
	"strings"
	"testing"
	"time"

	"github.com/boundcheck/boundcheck/analyzers/syncchain"
	"github.com/boundcheck/boundcheck/model"
)

// system builds a model from a compact description: each hop is
// "from.handler -> to.endpoint", the handler being the endpoint of from
// whose code makes the call ("-" for code outside any handler).
func system(hops ...string) *model.Model {
	m := &model.Model{}
	eps := make(map[string]*model.ServiceEndpoint)
	endpoint := func(name string) *model.ServiceEndpoint {
		if ep, ok := eps[name]; ok {
			return ep
		}
		svc, path, _ := strings.Cut(name, ".")
		ep := &model.ServiceEndpoint{Service: svc, Endpoint: model.Endpoint{Protocol: "http", Method: "GET", Path: "/" + path}}
		eps[name] = ep
		m.Endpoints = append(m.Endpoints, ep)
		return ep
	}
	for i, h := range hops {
		h, timeout, _ := strings.Cut(h, "@")
		d, _ := time.ParseDuration(timeout)
		from, to, _ := strings.Cut(h, " -> ")
		fromSvc, handler, _ := strings.Cut(from, ".")
		toSvc, _, _ := strings.Cut(to, ".")
		e := &model.SyncEdge{
			From: fromSvc, To: toSvc, Protocol: "http", Detail: "GET /x", Pkg: fromSvc,
			Call:     &model.Call{Protocol: "http", Pos: token.Pos(100 + i), Timeout: d},
			Site:     token.Pos(100 + i),
			Endpoint: endpoint(to),
		}
		if handler != "-" {
			src := endpoint(from)
			src.Reach = append(src.Reach, e)
		}
		m.Sync = append(m.Sync, e)
	}
	return m
}

func messages(rs []syncchain.Report) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.Diag.Message)
	}
	return out
}

func TestChains(t *testing.T) {
	for _, tc := range []struct {
		name string
		hops []string
		want []string // message prefixes
	}{
		{
			name: "four hops from one handler to the next",
			hops: []string{"a.- -> b.h", "b.h -> c.h", "c.h -> d.h", "d.h -> e.h"},
			want: []string{"synchronous chain of 4 hops, more than max-depth 3: a → b (http GET /h) → c (http GET /h) → d (http GET /h) → e (http GET /h); composite availability 99.50%: 5 services in series"},
		},
		{
			name: "three hops at max-depth 3",
			hops: []string{"a.- -> b.h", "b.h -> c.h", "c.h -> d.h"},
		},
		{
			name: "deep only at service level: b's call comes from another handler",
			hops: []string{"a.- -> b.h", "b.other -> c.h", "c.h -> d.h", "d.h -> e.h"},
		},
		{
			name: "five hops reported once, not also its four-hop tail",
			hops: []string{"a.- -> b.h", "b.h -> c.h", "c.h -> d.h", "d.h -> e.h", "e.h -> f.h"},
			want: []string{"synchronous chain of 5 hops"},
		},
		{
			name: "a caller's deadline shorter than the sum below it",
			hops: []string{"a.- -> b.h@2s", "b.h -> c.h@1s", "c.h -> d.h@1500ms", "d.h -> e.h"},
			want: []string{"synchronous chain of 4 hops, more than max-depth 3: a → b (http GET /h) → c (http GET /h) → d (http GET /h) → e (http GET /h); composite availability 99.50%: 5 services in series at 99.9% each; a gives b 2s, less than the 2.5s its callees may take; b gives c 1s, less than the 1.5s its callees may take; make a hop asynchronous"},
		},
		{
			name: "a cycle between two services",
			hops: []string{"a.x -> b.y", "b.y -> a.z"},
			want: []string{"synchronous cycle between services: a → b (http GET /y) → a (http GET /z)"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := messages(syncchain.Find(system(tc.hops...), 3))
			if len(got) != len(tc.want) {
				t.Fatalf("got %d reports, want %d:\n%s", len(got), len(tc.want), strings.Join(got, "\n"))
			}
			for i := range got {
				if !strings.HasPrefix(got[i], tc.want[i]) {
					t.Errorf("report %d:\n got %s\nwant %s…", i, got[i], tc.want[i])
				}
			}
		})
	}
}
