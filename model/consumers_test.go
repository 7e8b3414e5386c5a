package model_test

import (
	"fmt"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"

	"github.com/boundcheck/boundcheck/analyzers"
	"github.com/boundcheck/boundcheck/internal/driver"
	"github.com/boundcheck/boundcheck/internal/stages"
	"github.com/boundcheck/boundcheck/internal/stubtest"
	"github.com/boundcheck/boundcheck/model"
	"github.com/boundcheck/boundcheck/rules"
	rtree "github.com/boundcheck/boundcheck/rules/tree"
)

// TestConsumers checks each consume's handling and what it reaches: a
// handler whose write and publish are two calls away (through a method
// value), a handler literal that only reads, a sarama handler behind its
// interface (resolved to the service's implementation), and a kafka-go
// loop, whose function handles what ReadMessage returns from there to the
// loop's end: not what it set up before (the handler it subscribed). An
// insert without a conflict clause and a publish repeat; an update that
// sets a constant does not. Guards found in the handling: a Redis SETNX
// and an insert with ON CONFLICT DO NOTHING (claims), a test of
// pgconn.PgError's code for a unique violation; which effects each guard
// covers (the unique violation the insert before it), a claim in a
// callee called after the insert coming too late, and the claim of one
// implementation of a handler interface not guarding another's insert;
// the effects of a handler interface implemented twice are guessed.
func TestConsumers(t *testing.T) {
	gopath := stubtest.GOPATH(t, "testdata")
	m, fset := buildModel(t, gopath, "consumers")
	var got []string
	for _, c := range m.Consumers {
		var topics, effects []string
		for _, tp := range c.Topics {
			topics = append(topics, tp.ID)
		}
		for _, e := range c.Effects {
			s := fmt.Sprintf("%s at %d", e, fset.Position(e.Pos).Line)
			if e.Repeats {
				s += " repeats (" + e.Why + ")"
			}
			if !e.Sure {
				s += " guessed"
			}
			effects = append(effects, s)
		}
		line := fmt.Sprintf("%s %s: %s", c.Ref.Service, strings.Join(topics, ","), strings.Join(effects, "; "))
		for _, g := range c.Guards {
			line += fmt.Sprintf(" | guard %s at %d", g.Kind, fset.Position(g.Pos).Line)
			var before []string
			for _, e := range c.Effects {
				if e.Guard == g {
					before = append(before, fmt.Sprint(fset.Position(e.Pos).Line))
				}
			}
			line += " before [" + strings.Join(before, " ") + "]"
		}
		got = append(got, line)
	}
	want := []string{
		"billing nats:orders.created: publish nats:payments.captured at 53 repeats (a publish sends the message again); " +
			"write table charges (postgres:db/billing) at 9 repeats (an INSERT without a conflict clause adds a row each time)",
		"billing nats:orders.viewed: ",
		"billing kafka:refunds: write table refunds (postgres:db/billing) at 63 repeats (an INSERT without a conflict clause adds a row each time)",
		"billing kafka:invoices: write table invoices (postgres:db/billing) at 43",
		"billing nats:receipts: write key prefix seen: (redis:cache) at 85; " +
			"write table receipts (postgres:db/billing) at 89 repeats (an INSERT without a conflict clause adds a row each time) | guard claim at 85 before [89]",
		"billing nats:shipments: write table processed (postgres:db/billing) at 93; " +
			"write table shipments (postgres:db/billing) at 94 repeats (an INSERT without a conflict clause adds a row each time) | guard claim at 93 before [94]",
		"billing nats:credits: write table credits (postgres:db/billing) at 99 repeats (an INSERT without a conflict clause adds a row each time) | guard duplicate key at 101 before [99]",
		"billing nats:late: write table late (postgres:db/billing) at 108 repeats (an INSERT without a conflict clause adds a row each time); " +
			"write key prefix late: (redis:cache) at 113 | guard claim at 113 before []",
		"billing nats:both: write key prefix careful: (redis:cache) at 125 guessed; " +
			"write table careful (postgres:db/billing) at 126 repeats (an INSERT without a conflict clause adds a row each time) guessed; " +
			"write table careless (postgres:db/billing) at 132 repeats (an INSERT without a conflict clause adds a row each time) guessed | guard claim at 125 before [126]",
	}
	if !slices.Equal(got, want) {
		t.Errorf("consumers:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// buildModel builds the model of the case folder name in gopath, as
// boundcheck check does, and returns it with its file set.
func buildModel(t *testing.T, gopath, name string) (*model.Model, *token.FileSet) {
	t.Helper()
	return loadModel(t, gopath, name, false)
}

// loadModel is buildModel, with the case's deployment and config files
// read when deployed is set.
func loadModel(t *testing.T, gopath, name string, deployed bool) (*model.Model, *token.FileSet) {
	t.Helper()
	tree, err := rtree.ScanTreeAs(filepath.Join(gopath, "src", name), name)
	if err != nil {
		t.Fatal(err)
	}
	set, err := rules.Compile(tree, nil)
	if err != nil {
		t.Fatal(err)
	}
	if deployed {
		if problems := set.LoadDeployment(); len(problems) > 0 {
			t.Fatal(problems)
		}
	}
	fset := token.NewFileSet()
	cfg := &packages.Config{Mode: driver.LoadMode | packages.NeedDeps, Dir: gopath, Fset: fset, Tests: true,
		Env: append(os.Environ(), "GOPATH="+gopath, "GO111MODULE=off", "GOWORK=off")}
	pkgs, err := packages.Load(cfg, name+"/...")
	if err != nil {
		t.Fatal(err)
	}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			t.Errorf("loading %s: %v", p.ID, e)
		}
	})
	run := stages.For(set, nil, true)
	res, err := driver.Analyze(driver.Options{Dir: gopath, Patterns: []string{name + "/..."}, Set: set,
		Analyzers: run.Analyzers, Stages: run.Stages, Tests: true, Checks: analyzers.Names()}, fset, pkgs)
	if err != nil {
		t.Fatal(err)
	}
	return run.Model(res.Program), fset
}

// syncEdges renders the model's sync edges, "from -> to protocol detail",
// sorted.
func syncEdges(m *model.Model) []string {
	var out []string
	for _, e := range m.Sync {
		out = append(out, fmt.Sprintf("%s -> %s %s %s", e.From, e.To, e.Protocol, e.Detail))
	}
	slices.Sort(out)
	return out
}
