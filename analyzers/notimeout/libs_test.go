package notimeout_test

import (
	"sort"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/boundcheck/boundcheck/analyzers/notimeout"
)

// TestResty covers go-resty: SetTimeout on the client, SetContext on the
// request, NewWithClient, and clients kept in struct fields.
func TestResty(t *testing.T) {
	shared.Run(t, "restyclient")
}

// TestRetryable covers hashicorp/go-retryablehttp: HTTPClient.Timeout,
// replaced HTTPClients, and requests with and without contexts.
func TestRetryable(t *testing.T) {
	shared.Run(t, "retryable")
}

// TestBrokers covers kafka-go, nats and amqp091: libraries with default
// timeouts and consume loops are clean, nats requests on a context without
// a deadline are not.
func TestBrokers(t *testing.T) {
	shared.Run(t, "brokers")
}

// TestRedis covers go-redis v8 and v9 options that turn the default
// timeouts off, and commands that rely on those defaults.
func TestRedis(t *testing.T) {
	shared.Run(t, "redisopts")
}

// TestFrameworks checks incoming request contexts in gin and echo
// handlers: the per-package pass leaves them pending, and Resolve reports
// them for the service without timeout middleware (shop, gin) and not for
// the one behind echo's ContextTimeout (admin). Calls that are unlimited
// for other reasons (no context at all) are reported per package.
func TestFrameworks(t *testing.T) {
	set := model(t, "frameworks")
	// The want comments hold what the whole program reports, so the
	// per-package run does not check them; checkWants does below.
	results := analysistest.Run(nopT{}, testdata(t), notimeout.New(set), "frameworks/...")
	byPath := make(map[string]*notimeout.Result)
	passes := make(map[string]*analysis.Pass)
	perPackage := make(map[string][]analysis.Diagnostic)
	for _, r := range results {
		path := r.Pass.Pkg.Path()
		if r.Err != nil {
			t.Fatalf("%s: %v", path, r.Err)
		}
		passes[path] = r.Pass
		byPath[path] = r.Result.(*notimeout.Result)
		for _, d := range r.Diagnostics {
			if strings.Contains(d.Message, "incoming request") {
				t.Errorf("%s: %s: reported per package, want pending: %s", path, r.Pass.Fset.Position(d.Pos), d.Message)
			}
		}
		perPackage[path] = r.Diagnostics
	}
	for _, path := range []string{"frameworks/services/shop", "frameworks/services/admin", "frameworks/services/search"} {
		if r := byPath[path]; r == nil || len(r.Pending) == 0 {
			t.Errorf("%s: no pending calls on the incoming request's context", path)
		}
	}
	for path, want := range map[string]bool{"frameworks/cmd/shop": false, "frameworks/cmd/admin": true, "frameworks/cmd/search": true} {
		if r := byPath[path]; r == nil || r.Middleware != want {
			t.Errorf("%s: Middleware = %v, want %v", path, r != nil && r.Middleware, want)
		}
	}
	resolved := notimeout.Resolve(set, byPath)
	for path := range resolved {
		if passes[path] == nil {
			t.Errorf("Resolve reported for %s, which is not in the tree", path)
		}
	}
	paths := make([]string, 0, len(passes))
	for path := range passes {
		paths = append(paths, path)
	}
	sort.Strings(paths)
	for _, path := range paths {
		diags := append(append([]analysis.Diagnostic(nil), perPackage[path]...), resolved[path]...)
		checkWants(t, passes[path], diags)
	}
}

// TestFiber checks fiber's UserContext as an incoming request context,
// reached through an interface: reported for the service without timeout
// middleware (shop), not for the one whose handler is wrapped in
// timeout.NewWithContext (admin).
func TestFiber(t *testing.T) {
	set := model(t, "fiberapp")
	results := analysistest.Run(nopT{}, testdata(t), notimeout.New(set), "fiberapp/...")
	byPath := make(map[string]*notimeout.Result)
	passes := make(map[string]*analysis.Pass)
	for _, r := range results {
		byPath[r.Pass.Pkg.Path()] = r.Result.(*notimeout.Result)
		passes[r.Pass.Pkg.Path()] = r.Pass
	}
	got := notimeout.Resolve(set, byPath)
	checkWants(t, passes["fiberapp/services/shop"], got["fiberapp/services/shop"])
	for path, ds := range got {
		if path != "fiberapp/services/shop" {
			t.Errorf("%s: unexpected %v", path, ds)
		}
	}
}
