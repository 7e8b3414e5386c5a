// Package web serves HTTP with no timeout middleware: calls on the // want package:"has sinks"
// request's context have no deadline.
package web

import (
	"context"
	"net/http"
	"net/http/httputil"
	"net/url"
	"time"
)

var catalog = &http.Client{}

func Price(w http.ResponseWriter, r *http.Request) {
	req, _ := http.NewRequestWithContext(r.Context(), "GET", "http://catalog/price", nil)
	catalog.Do(req)            // want `\(\*http.Client\).Do uses a client without Timeout and the incoming request's context, which has no deadline \(service web installs no timeout middleware\)`
	lookup(r.Context(), "sku") // want `lookup is given the incoming request's context, which has no deadline; it reaches \(\*http.Client\).Do at web.go:\d+`
	bounded(r)
}

func lookup(ctx context.Context, sku string) { // want lookup:`sink\(0 ctx`
	req, _ := http.NewRequestWithContext(ctx, "GET", "http://catalog/sku/"+sku, nil)
	catalog.Do(req)
}

// Looker looks up for other packages (relay).
type Looker struct{}

func (Looker) Look(ctx context.Context, sku string) { lookup(ctx, sku) } // want Look:`sink\(0 ctx`

// bounded derives its own deadline from the request's context.
func bounded(r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "GET", "http://catalog/price", nil)
	catalog.Do(req)
}

// Forward proxies the request it serves to users: the proxy waits for the
// response as long as the request's context allows.
func Forward(w http.ResponseWriter, r *http.Request) {
	target, _ := url.Parse("http://users:8080")
	httputil.NewSingleHostReverseProxy(target).ServeHTTP(w, r) // want `\(\*httputil.ReverseProxy\).ServeHTTP uses the incoming request's context, which has no deadline \(service web installs no timeout middleware\)`
}
