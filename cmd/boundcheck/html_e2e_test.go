package main

import (
	"os"
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
	r := boundcheck(t, dir, "graph", "-o", out)
	r.wantCode(t, exitClean)
	r.wantStderr(t, "")
	first, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	r = boundcheck(t, dir, "graph", "--format", "html")
	r.wantCode(t, exitClean)
	if r.stdout != string(first) {
		t.Errorf("graph --format html to stdout differs from graph -o shop.html")
	}

	want := browsertest.GraphWant{
		Service: "gateway",
		Finding: "syncchain: synchronous chain of 4 hops",
		Chain:   "gateway → orders → payments → inventory → notifications",
	}
	b := browsertest.Start(t)
	browsertest.CheckGraphPage(t, b, out, want)

	// At endpoint level each service is a cluster of its endpoints; gateway
	// keeps a node of its own for the calls its other code makes.
	endpoints := filepath.Join(t.TempDir(), "shop-endpoints.html")
	boundcheck(t, dir, "graph", "--level", "endpoint", "-o", endpoints).wantCode(t, exitClean)
	browsertest.CheckGraphPage(t, browsertest.Start(t), endpoints, want)
}
