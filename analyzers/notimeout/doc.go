// Package notimeout defines an Analyzer that reports outbound network calls
// on which no timeout or deadline applies.
//
// # notimeout: an outbound call without a timeout or deadline
//
// Every network call needs a limit. A dependency that stops answering holds
// each caller's goroutine, connection and memory until the caller runs out of
// them and stops answering too: one slow service takes down the ones that
// call it. A deadline on the context, or a timeout on the client, turns that
// cascade into a fast error the caller can handle.
//
// The check follows values through the package with go/types and SSA:
// the *http.Client back to where it was built (through struct fields to the
// constructor that fills them), the request back to http.NewRequest or
// NewRequestWithContext, and the context back to context.Background,
// context.WithTimeout, or a parameter. A context parameter is as good as what
// the callers pass: the analyzer records, as a fact, which parameters of a
// function reach an outbound call, and reports the caller that passes a
// context without a deadline, in this package or in any package that imports
// it. It knows net/http, net and crypto/tls dials, gRPC (generated clients,
// Invoke, and grpc.Dial with WithBlock), database/sql, sqlx, pgx, gorm, the
// MongoDB driver, NATS requests, go-resty and go-retryablehttp. It reports a
// go-redis client whose read or write timeout is set to -1. Libraries with
// default timeouts (go-redis, kafka-go, sarama, nats.go, amqp091, Pub/Sub)
// are trusted; consume loops (kafka-go FetchMessage) are not requests.
//
// A context.WithTimeout whose context is discarded or never passed on
// bounds nothing; the message of the call after it says so. An
// *http.Client or MongoDB client handed in from another package (built in
// main, passed to a constructor or set in a field) is judged by
// `boundcheck check`, which sees every client the program hands in there:
// reported when none of them has a timeout. A value the analyzer cannot
// trace (a client no analysed code hands in, a function value) is not
// reported, except that a gRPC call is judged by its
// context alone when its connection is out of sight, since gRPC has no
// client-wide timeout and interceptors that set one are rare. Findings in
// _test.go and generated files are not reported; their facts still count. Calls on the context of an incoming
// HTTP request are reported by `boundcheck check` only, for services that
// install no timeout middleware (http.TimeoutHandler, chi's
// middleware.Timeout, echo's and gin's timeout middleware) and whose
// endpoint is not called, by every service the model shows calling it,
// with a deadline (the caller's deadline ends the request); the finding
// names the callers that set none. A gRPC handler whose context reaches an
// outbound call is reported when a calling service sets no deadline (gRPC
// hands the handler its caller's deadline), or, as for HTTP, when no
// analysed service calls it and no server interceptor of the service sets
// one (go-zero's and Kratos' servers set one by default). The handlers of
// connect-go and twirp services are judged as gRPC's are, and timeout
// middleware around their HTTP server bounds them too. go vet sees one package at a
// time and cannot see the server's wiring or the callers. For the same reason
// only `boundcheck check` follows a call of an interface method to the
// implementations the program makes outside tests. A closure's context is
// the one handed alongside it to the function that runs it, checked through
// facts where that function is in sight.
//
// Bad:
//
//	func price(sku string) (*http.Response, error) {
//		req, _ := http.NewRequest("GET", catalogURL+"/price/"+sku, nil)
//		return http.DefaultClient.Do(req) // no timeout, no deadline
//	}
//
// Good:
//
//	var catalog = &http.Client{Timeout: 2 * time.Second}
//
//	func price(ctx context.Context, sku string) (*http.Response, error) {
//		ctx, cancel := context.WithTimeout(ctx, time.Second)
//		defer cancel()
//		req, _ := http.NewRequestWithContext(ctx, "GET", catalogURL+"/price/"+sku, nil)
//		return catalog.Do(req)
//	}
package notimeout
