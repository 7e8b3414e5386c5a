package model_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/boundcheck/boundcheck/internal/stubtest"
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
	m, _ := loadModel(t, stubtest.GOPATH(t, "testdata"), "configvals", true)
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
