package main

import (
	"path/filepath"
	"testing"

	"github.com/boundcheck/boundcheck/internal/browsertest"
)

// TestE2EShopHTML writes the example's graph as an HTML page and uses it in
// a headless Chromium: gateway is found, clicked, and shown with its
// syncchain finding and the chain it is about.
func TestE2EShopHTML(t *testing.T) {
	t.Parallel()
	dir := fixture(t, shopDir)
	out := filepath.Join(t.TempDir(), "shop.html")
	graphFile(t, dir, out, "html")

	want := browsertest.GraphWant{
		Service: "gateway",
		Finding: "syncchain: synchronous chain of 4 hops",
		Chain:   "gateway → orders → payments → inventory → notifications",
	}
	b := browsertest.Start(t)
	browsertest.CheckGraphPage(t, b, out, want)

	// At endpoint level each service is a cluster of its endpoints;
	// inventory keeps a node of its own for what its other code does (its
	// consumer), with that code's finding. (Every call of gateway's is made
	// by one of its endpoints.) The same browser opens it: loading a page
	// starts it afresh, and the page keeps nothing in storage.
	endpoints := filepath.Join(t.TempDir(), "shop-endpoints.html")
	boundcheck(t, dir, "graph", "--level", "endpoint", "-o", endpoints).wantCode(t, exitClean)
	browsertest.CheckGraphPage(t, b, endpoints, browsertest.GraphWant{
		Service: "inventory",
		Finding: "idempotency: inventory consumes kafka:payment-captured",
	})
}
