package model_test

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/boundcheck/boundcheck/internal/stubtest"
	"github.com/boundcheck/boundcheck/model"
)

// TestRequests checks NATS request/reply and JetStream streams. A request
// is a sync edge to the service whose subscription answers it, with that
// subscription as the callee's endpoint, so that chains go on through its
// handler; one whose subject has an unknown part reaches the one service
// that subscribes to subjects it may be, and stays unknown when two do;
// one nothing answers is the caller's unknown. A JetStream consumer made
// on a stream, named by a shared package's configuration variable, receives
// the subjects the stream stores.
func TestRequests(t *testing.T) {
	gopath := stubtest.GOPATH(t, "testdata")
	m, fset := buildModel(t, gopath, "requests")
	got := syncLines(m)
	want := []string{
		"gateway -> quote nats quote.get (subscription to quote.get at main.go:12) at nats quote.get",
		"gateway -> stock nats stock.reserve.{?} (subscription to stock.reserve.main at main.go:8) at nats stock.reserve.main",
		"gateway -> unknown:gateway/nats/request audit.{?} nats audit.{?} (no subscriber of the subject seen) at -",
		"gateway -> unknown:gateway/nats/request ledger.get nats ledger.get (no subscriber of the subject seen) at -",
		"quote -> pricing http GET /price () at /price",
	}
	if !slices.Equal(got, want) {
		t.Errorf("sync edges:\n%swant:\n%s", join(got), join(want))
	}
	chains := model.Chains(m, 1)
	var spelled []string
	for _, ch := range chains {
		spelled = append(spelled, model.Spell(ch))
	}
	if len(spelled) != 1 || !strings.Contains(spelled[0], "quote") || !strings.Contains(spelled[0], "pricing") {
		t.Errorf("chains longer than 1 hop: %q, want gateway → quote → pricing", spelled)
	}
	var async []string
	for _, e := range m.Async {
		p := fset.Position(e.Pub.Site)
		async = append(async, fmt.Sprintf("%s -> %s %s at %s:%d", e.From, e.To, e.Topic.ID, filepath.Base(p.Filename), p.Line))
	}
	wantAsync := []string{"gateway -> shipping nats:orders.created at main.go:38"}
	if !slices.Equal(async, wantAsync) {
		t.Errorf("async edges:\n%swant:\n%s", join(async), join(wantAsync))
	}
	for _, ep := range m.Endpoints {
		if ep.Protocol == "nats" && ep.Service == "quote" && len(ep.Reach) != 1 {
			t.Errorf("quote's endpoint %s reaches %d calls, want 1 (pricing)", ep, len(ep.Reach))
		}
	}
}
