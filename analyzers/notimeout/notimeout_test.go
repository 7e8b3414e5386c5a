package notimeout_test

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/boundcheck/boundcheck/analyzers/notimeout"
	"github.com/boundcheck/boundcheck/internal/checktest"
	"github.com/boundcheck/boundcheck/internal/stubtest"
	"github.com/boundcheck/boundcheck/rules"
	rtree "github.com/boundcheck/boundcheck/rules/tree"
)

func TestNetHTTP(t *testing.T) {
	shared.Run(t, "nethttp", "sinks/...", "callbacks/...", "generics")
}

// TestIncoming checks the whole-program step: calls on an incoming
// request's context are reported for the service without timeout
// middleware (web), not for the one behind chi's middleware.Timeout (api),
// nor for the one that puts a deadline on its requests in its own
// middleware (custom). The per-package pass reports nothing here:
// everything waits for the whole program.
func TestIncoming(t *testing.T) {
	checktest.Run(t, testdata(t), model(t, "incoming"), notimeout.Check, "incoming/...")
}

// TestNewRequestFix checks the suggested fix: http.NewRequest becomes
// NewRequestWithContext with the context in scope, a parameter or the
// served request's.
func TestNewRequestFix(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), notimeout.New(rules.Empty()), "nethttpfix")
}

// TestInterfaces checks the whole-program step that follows calls of
// interface methods to the implementations the program makes: a call with
// context.Background() through the interface, and a handler whose request
// context reaches it through a method that becomes a sink only there. The
// implementation made only in a test adds nothing.
func TestInterfaces(t *testing.T) {
	checktest.Run(t, testdata(t), model(t, "ifaces"), notimeout.Check, "ifaces/...")
}

// TestClients checks clients that main builds and hands to the service's
// packages: through a constructor's parameter, an exported field, an
// interface, a constructor in between, and MongoDB collections of a client
// connected in main. A call is reported where it is, with the client's
// origin, when every client that reaches it has no timeout; a constructor
// given clients with and without one (also when the same client fills
// two of its parameters), one used as a function value, and one that sets
// a timeout itself leave their calls silent.
func TestClients(t *testing.T) {
	checktest.Run(t, testdata(t), model(t, "clients"), notimeout.Check, "clients/...")
}

// model returns the service model of the case folder testdata/src/name,
// discovered by convention.
func model(t *testing.T, name string) *rules.Set {
	t.Helper()
	tree, err := rtree.ScanTreeAs(filepath.Join(analysistest.TestData(), "src", name), name)
	if err != nil {
		t.Fatal(err)
	}
	set, err := rules.Compile(tree, nil)
	if err != nil {
		t.Fatal(err)
	}
	return set
}

// testdata is a GOPATH with the shared library stubs and this analyzer's
// case folders.
func testdata(t *testing.T) string { return stubtest.GOPATH(t, analysistest.TestData()) }

// TestReaches checks that a finding at a call into a function whose
// parameter reaches several outbound calls names every one, in file
// order, from the same package (where the callee's second call is found
// after its caller was judged) and from another (through the fact), and
// gives each as a related position.
func TestReaches(t *testing.T) {
	res := checktest.Run(t, testdata(t), model(t, "reaches"), notimeout.Check, "reaches/...")
	for _, f := range res.Findings {
		var got []string
		for _, r := range f.Related {
			if strings.HasPrefix(r.Message, "it reaches ") {
				got = append(got, fmt.Sprintf("%s:%d %s", filepath.Base(r.Pos.Filename), r.Pos.Line, r.Message))
			}
		}
		want := []string{"store.go:47 it reaches (*http.Client).Do here", "store.go:55 it reaches (*sql.DB).ExecContext here"}
		if !slices.Equal(got, want) {
			t.Errorf("%s:%d: related positions %q, want %q", filepath.Base(f.Pos.Filename), f.Pos.Line, got, want)
		}
	}
	if len(res.Findings) != 2 {
		t.Errorf("%d findings, want 2", len(res.Findings))
	}
}

// TestUpstream checks that a handler's context is judged by the callers
// of its endpoint in the model: ledger's caller (front) sends no deadline
// on one of its two calls, and is named; stock's only caller (batch) sets
// one, so stock's call is bounded; audit has no caller in the program and
// is judged by its middleware alone.
func TestUpstream(t *testing.T) {
	res := checktest.Run(t, testdata(t), model(t, "upstream"), notimeout.Check, "upstream/...")
	for _, f := range res.Findings {
		if !strings.Contains(f.Message, "its caller sets no deadline") {
			continue
		}
		var got []string
		for _, r := range f.Related {
			got = append(got, fmt.Sprintf("%s:%d %s", filepath.Base(r.Pos.Filename), r.Pos.Line, r.Message))
		}
		if want := "main.go:28 front calls POST /entries here without a deadline"; !slices.Contains(got, want) {
			t.Errorf("related positions %q, want one %q", got, want)
		}
	}
}

// TestUpstreamGRPC checks gRPC handlers: ledger's Record is reported, as
// front calls it with no deadline and its context reaches the database;
// stock's Count, whose only caller sets a deadline, is not; audit's Log,
// which no service calls, is reported as an HTTP handler would be, and
// vault's Get, behind a server interceptor that sets a deadline, is not,
// nor is zero's Put, served by go-zero, whose servers set one by default,
// though front calls it with none. books registers its server as the
// interface a constructor in another package returns: the handler
// reported is the method of the type it makes. shelf serves through
// layers behind interfaces (handler, domain, store), each deriving a
// tracing span's context from its caller's (span, ctx :=
// StartSpanFromContext(ctx, ...)), down to a store that queries through
// an interface of a package with sinks of its own, and through scany: its
// handlers are reported, naming those calls, and so is main's pgx v4
// pool, which connects on context.Background().
func TestUpstreamGRPC(t *testing.T) {
	checktest.Run(t, testdata(t), model(t, "upstreamgrpc"), notimeout.Check, "upstreamgrpc/...")
}

// TestUpstreamRPC checks the handlers of connect-go and twirp services as
// gRPC's are: notes' Save and hats' MakeHat, which no service calls and
// nothing bounds, are reported; vault's, behind a connect interceptor that
// sets a deadline, and timed's, behind http.TimeoutHandler, are not.
func TestUpstreamRPC(t *testing.T) {
	checktest.Run(t, testdata(t), model(t, "upstreamrpc"), notimeout.Check, "upstreamrpc/...")
}

// TestInterfacesPerService checks that a call through an interface reaches
// only the implementations of the caller's own service: web's call reaches
// its in-memory store, not admin's, which queries a database.
func TestInterfacesPerService(t *testing.T) {
	checktest.Run(t, testdata(t), model(t, "ifacesvc"), notimeout.Check, "ifacesvc/...")
}

// TestGoKitEndpoints checks calls of go-kit endpoints read from a set: a
// remote call in a service that fills the set with go-kit clients (front,
// from its server endpoint and with context.Background), its own code in
// the service that serves the set (adder) and in one whose set no client
// fills (batch); a middleware's next is its caller's to judge.
func TestGoKitEndpoints(t *testing.T) {
	checktest.Run(t, testdata(t), model(t, "gokit"), notimeout.Check, "gokit/...")
}
