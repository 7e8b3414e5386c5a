package notimeout_test

import (
	"path/filepath"
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
// given clients with and without one, one used as a function value, and
// one that sets a timeout itself leave their calls silent.
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
