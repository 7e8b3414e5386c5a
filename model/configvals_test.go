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
	"github.com/boundcheck/boundcheck/rules"
	rtree "github.com/boundcheck/boundcheck/rules/tree"
)

// TestConfigFileValues checks values read from a service's own config
// file: a subject read through config structs by their json tags (order's
// s.Config.Broker.Subject.CreateOrder), and a subject and a URL read by key
// through a helper over viper.GetString in a shared package (billing). A
// key no config file sets (Cancelled) makes no edge. A config value that
// lists topics ("a,b", cut by strings.Split) is each topic it lists.
// go-zero's shape: a go-queue pusher made from a config struct in the
// service context's exported field, pushed on by another package, and a
// queue made from a KqConf, both named by etc/*.yaml.
func TestConfigFileValues(t *testing.T) {
	gopath := stubtest.GOPATH(t, "testdata")
	const name = "configvals"
	tree, err := rtree.ScanTreeAs(filepath.Join(gopath, "src", name), name)
	if err != nil {
		t.Fatal(err)
	}
	set, err := rules.Compile(tree, nil)
	if err != nil {
		t.Fatal(err)
	}
	if problems := set.LoadDeployment(); len(problems) > 0 {
		t.Fatal(problems)
	}
	fset := token.NewFileSet()
	cfg := &packages.Config{Mode: driver.LoadMode | packages.NeedDeps, Dir: gopath, Fset: fset,
		Env: append(os.Environ(), "GOPATH="+gopath, "GO111MODULE=off", "GOWORK=off")}
	pkgs, err := packages.Load(cfg, name+"/...")
	if err != nil {
		t.Fatal(err)
	}
	run := stages.For(set, nil, true)
	res, err := driver.Analyze(driver.Options{Dir: gopath, Patterns: []string{name + "/..."}, Set: set,
		Analyzers: run.Analyzers, Stages: run.Stages, Checks: analyzers.Names()}, fset, pkgs)
	if err != nil {
		t.Fatal(err)
	}
	m := run.Model(res.Program)
	var got []string
	for _, e := range m.Async {
		got = append(got, fmt.Sprintf("%s -> %s %s", e.From, e.To, e.Topic.ID))
	}
	for _, tp := range m.Topics {
		if tp.ID == "kafka:payments.refunded" {
			for _, c := range tp.Consume {
				got = append(got, "payments.refunded: "+c.Service)
			}
		}
	}
	for _, e := range m.Sync {
		got = append(got, fmt.Sprintf("%s -> %s %s %s (%s)", e.From, e.To, e.Protocol, e.Detail, e.Why))
	}
	slices.Sort(got)
	got = slices.Compact(got)
	want := []string{
		"billing -> order http GET /orders (order.url: http://order:8080 at services/billing/config.yaml:4)",
		"order -> billing kafka:payments.captured",
		"order -> billing nats:orders.created",
		"pay -> ledger kafka:pay.done",
		"payments.refunded: billing",
	}
	if !slices.Equal(got, want) {
		t.Errorf("edges:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
