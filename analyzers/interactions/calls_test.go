package interactions_test

import (
	"go/types"
	"path"
	"slices"
	"strings"
	"testing"

	"github.com/boundcheck/boundcheck/internal/checktest"
	"github.com/boundcheck/boundcheck/model"
)

// TestHTTPCalls checks the outbound HTTP requests and the URLs resolved
// for them: fields set by a constructor, config tags, the environment,
// url.JoinPath, resty's base URL, and a URL read from a request. The
// //@call notes in the testdata hold the calls expected on their lines.
func TestHTTPCalls(t *testing.T) {
	t.Parallel()
	testCalls(t, "calls_http")
}

// TestGRPCCalls checks calls of generated clients, new (FullMethodName
// constants) and old (the name only in the method body, learnt through a
// fact), their dial targets, and a raw Invoke.
func TestGRPCCalls(t *testing.T) {
	t.Parallel()
	testCalls(t, "calls_grpc")
}

// testCalls runs the analyzer on the case folder and checks the calls it
// records in its package against the //@call notes, each rendered as
// "PROTOCOL METHOD URL | URL [idempotency-key]" or "PROTOCOL METHOD
// target=TARGET | TARGET".
func testCalls(t *testing.T, folder string) {
	t.Helper()
	for _, r := range run(t, folder) {
		if r.Pass.Pkg.Path() != folder {
			continue
		}
		var facts []checktest.Fact
		for _, c := range r.Result.(*model.Result).Calls {
			facts = append(facts, checktest.Fact{Pos: c.Pos, Kind: "call", Text: renderCall(c)})
		}
		checktest.Notes(t, r.Pass.Fset, r.Pass.Files, facts, "call")
	}
}

func renderCall(c model.Call) string {
	s := c.Protocol
	if c.Protocol == "http" {
		s += " " + c.Method
		var us []string
		for _, u := range c.URL {
			us = append(us, u.String())
		}
		s += " " + strings.Join(us, " | ")
		if c.IdempotencyKey {
			s += " idempotency-key"
		}
		return s
	}
	s += " " + c.GRPCMethod
	var ts []string
	for _, v := range c.Target {
		ts = append(ts, v.String())
	}
	if len(ts) > 0 {
		s += " target=" + strings.Join(ts, " | ")
	}
	return s
}

// TestBindings checks that a URL built from a constructor's parameter in
// one package is bound by the callers in another, through a function that
// passes its own parameter on; and that main's store into another
// package's config field is recorded (module paths without a dot too).
func TestBindings(t *testing.T) {
	t.Parallel()
	var got []string
	for _, r := range run(t, "bindmain") {
		for _, b := range r.Result.(*model.Result).Bindings {
			var vs []string
			for _, v := range b.Values {
				vs = append(vs, v.String())
			}
			param, _, _ := strings.Cut(b.Param, "@") // a field's key holds its position
			got = append(got, r.Pass.Pkg.Path()+": "+param+" = "+strings.Join(vs, " | "))
		}
	}
	want := []string{
		"bindmain: bindclient.New#0 = {param bindmain.Wire#0}",
		"bindmain: bindclient.New#0 = ${PAYMENTS_URL}",
		"bindmain: bindmain.Wire#0 = http://payments:8080",
		"bindmain: field bindclient.LedgerURL = ${LEDGER_URL}",
	}
	sameLines(t, "bindings", got, want)
}

// TestLegacyServer checks that a service registered with code from
// protoc-gen-go-grpc before v1.3 (no FullMethodName constants) gets the
// proto service's full name from the ServiceDesc, through a fact, and
// each method the proto's name (checkLimit, served by CheckLimit), as the
// client calls it; the endpoint's method is the one calls are matched by.
func TestLegacyServer(t *testing.T) {
	t.Parallel()
	got := endpointsOf(t, "legacyserver", (*types.Func).Name)
	want := []string{"grpc /risk.Fraud/checkLimit -> CheckLimit", "grpc /risk.Fraud/Score -> Score"}
	sameLines(t, "endpoints", got, want)
	for _, r := range run(t, "legacyserver") {
		for _, e := range r.Result.(*model.Result).Endpoints {
			if _, m := path.Split(e.Path); e.Method != m {
				t.Errorf("endpoint %s: method %q, want %q", e.Path, e.Method, m)
			}
		}
	}
}

// TestMounts checks chi's Mount: the function whose router is mounted,
// under the full prefix (with the mounting router's own group), and the
// routes registered on a router their function makes itself.
func TestMounts(t *testing.T) {
	t.Parallel()
	var got []string
	for _, r := range run(t, "mounts", "mounts/api") {
		res := r.Result.(*model.Result)
		for _, m := range res.Mounts {
			got = append(got, "mount "+m.Prefix+" -> "+m.Func.FullName())
		}
		for _, e := range res.Endpoints {
			router := "-"
			if e.Router != nil {
				router = e.Router.FullName()
			}
			got = append(got, "route "+e.String()+" router="+router)
		}
	}
	want := []string{
		"mount /admin -> mounts.admin",
		"mount /api/v1 -> mounts/api.Routes",
		"route GET /health router=-",
		"route GET /orders router=mounts/api.Routes",
	}
	slices.Sort(got)
	sameLines(t, "got", got, want)
}
