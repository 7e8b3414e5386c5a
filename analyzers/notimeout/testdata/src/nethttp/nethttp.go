// Package nethttp covers net/http clients: the default client, clients
// built without Timeout, requests without a context, and their bounded
// look-alikes.
package nethttp

import (
	"context"
	"net/http"
	"os"
	"time"

	"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"
)

func packageGet(url string) {
	http.Get(url) // want `http.Get uses http.DefaultClient, which has no timeout; set Timeout on the client`
}

func defaultClientNoContext(url string) {
	req, _ := http.NewRequest("GET", url, nil)
	http.DefaultClient.Do(req) // want `\(\*http.Client\).Do uses http.DefaultClient, which has no timeout and a request from http.NewRequest, which has no context`
}

// otelhttp's DefaultClient traces, and has no timeout either.
func otelDefaultClient(url string) {
	req, _ := http.NewRequestWithContext(context.Background(), "GET", url, nil)
	otelhttp.DefaultClient.Do(req) // want `\(\*http.Client\).Do uses otelhttp.DefaultClient, which has no timeout and context.Background\(\), which has no deadline`
}

// A client of otelhttp's transport with a Timeout: clean.
func otelClientWithTimeout(url string) {
	c := &http.Client{Transport: otelhttp.NewTransport(http.DefaultTransport), Timeout: 5 * time.Second}
	req, _ := http.NewRequestWithContext(context.Background(), "GET", url, nil)
	c.Do(req)
}

func literalClient(ctx context.Context, url string) {
	c := &http.Client{}
	req, _ := http.NewRequestWithContext(context.Background(), "GET", url, nil)
	c.Do(req) // want `\(\*http.Client\).Do uses a client without Timeout and context.Background\(\), which has no deadline`
}

func newClient(url string) {
	c := new(http.Client)
	c.Get(url) // want `\(\*http.Client\).Get uses a client without Timeout and no context`
}

func valueClient(url string) {
	client := http.Client{}
	client.Get(url) // want `\(\*http.Client\).Get uses a client without Timeout and no context`
}

func valueClientVar(url string) {
	var client http.Client
	req, _ := http.NewRequest("GET", url, nil)
	client.Do(req) // want `\(\*http.Client\).Do uses a client without Timeout`
}

// swappedClients copies two clients into each other: neither is a
// literal's copy, so what either holds is not known (and the copies do
// not send the analyzer round in circles).
func swappedClients(url string, flip bool) {
	a := http.Client{}
	b := a
	if flip {
		a = b
	}
	a.Get(url)
}

// Bounded look-alikes.

func valueClientTimeout(url string) {
	client := http.Client{Timeout: 5 * time.Second}
	client.Get(url)
}

func timeoutLiteral(url string) {
	c := &http.Client{Timeout: 5 * time.Second}
	c.Get(url)
}

func timeoutFromEnv(url string) {
	d, _ := time.ParseDuration(os.Getenv("TIMEOUT"))
	c := &http.Client{Timeout: d}
	c.Get(url)
}

func deadlineRequest(ctx context.Context, url string) {
	ctx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "GET", url, nil)
	http.DefaultClient.Do(req)
}

func withContextRequest(url string) {
	ctx, cancel := context.WithDeadline(context.Background(), time.Now().Add(time.Second))
	defer cancel()
	req, _ := http.NewRequest("GET", url, nil)
	http.DefaultClient.Do(req.WithContext(ctx))
}

// The discarded-context trap: the deadline never reaches the call.

func discarded(url string) {
	_, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	http.Get(url) // want `http.Get uses http.DefaultClient, which has no timeout \(the context from context.WithTimeout on line \d+ is discarded\)`
}

func notPassed(url string) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	req, _ := http.NewRequest("GET", url, nil)
	http.DefaultClient.Do(req) // want `is never passed on`
	if ctx.Err() != nil {
		return
	}
}

// A deadline made for another call is not this call's lost deadline.
func laterDeadline(url string) {
	http.Get(url) // want `^http.Get uses http.DefaultClient, which has no timeout; set Timeout`
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "GET", url, nil)
	http.DefaultClient.Do(req)
}

// A package's zero http.Client: no Timeout, and nothing sets one.
var zeroClient http.Client

func zeroGlobal(url string) {
	zeroClient.Get(url) // want `\(\*http.Client\).Get uses a client without Timeout \(the zero http.Client\) and no context`
}

// One whose Timeout the package sets: clean.
var tunedClient http.Client

func init() { tunedClient.Timeout = 5 * time.Second }

func tunedGlobal(url string) {
	tunedClient.Get(url)
}

// An exported one: another package may set its Timeout.
var Shared http.Client

func sharedGlobal(url string) {
	Shared.Get(url)
}
