package notimeout_test

import (
	"testing"

	"github.com/boundcheck/boundcheck/analyzers/notimeout"
	"github.com/boundcheck/boundcheck/internal/checktest"
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
// handlers: the per-package pass leaves them pending, and the whole-program
// step reports them for the service without timeout middleware (shop,
// gin) and not for the one behind echo's ContextTimeout (admin). Calls
// that are unlimited for other reasons (no context at all) are reported
// per package. A package that makes no call itself hands the request's
// context on through an interface: echo's c.Request().Context() and gin's
// c.Request.Context() in desk, reaching the store its main makes (desk,
// no middleware), and a *gin.Context in search's docs, which the
// middleware does not bound. desk's Run hands main's context.Background()
// to a goroutine of its own package that calls the store: the finding is
// at main's call. desk's auth middleware calls out on c.Request.Context()
// in a package that also stores c.Request (a tracing middleware's
// c.Request = c.Request.WithContext(ctx)): gin writes that field too, so
// the request is still the incoming one.
func TestFrameworks(t *testing.T) {
	res := checktest.Run(t, testdata(t), model(t, "frameworks"), notimeout.Check, "frameworks/...")
	byPath := make(map[string]*notimeout.Result)
	for pkg, r := range res.Results {
		byPath[pkg.PkgPath] = r.(*notimeout.Result)
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
}

// TestFiber checks fiber's UserContext as an incoming request context,
// reached through an interface: reported for the service without timeout
// middleware (shop), not for the one whose handler is wrapped in
// timeout.NewWithContext (admin).
func TestFiber(t *testing.T) {
	checktest.Run(t, testdata(t), model(t, "fiberapp"), notimeout.Check, "fiberapp/...")
}

// TestXNetContext covers golang.org/x/net/context's Background and
// WithTimeout, and a sarama consumer group session's context, which has
// no deadline.
func TestXNetContext(t *testing.T) {
	shared.Run(t, "xnetctx")
}

// TestCommandContext checks cobra's cmd.Context(), judged by the
// ExecuteContext calls of its package: a signal's context over
// context.Background() is reported where a command hands it to a function
// that queries (cli, whose worker derives its context again on every round
// of a loop through another package's function); one with a deadline is
// not (timed), nor one whose tree runs from another package (elsewhere).
func TestCommandContext(t *testing.T) {
	shared.Run(t, "cmdctx/...")
}
