// Package orders calls other services with HTTP clients that main builds
// and hands in.
package orders

import (
	"context"
	"net/http"
	"time"
)

// Gateway gets its client from its constructor.
type Gateway struct{ client *http.Client }

func NewGateway(c *http.Client) *Gateway { return &Gateway{client: c} }

func (g *Gateway) Get(id string) (*http.Response, error) {
	req, _ := http.NewRequest(http.MethodGet, "http://orders/"+id, nil)
	return g.client.Do(req) // want `\(\*http.Client\).Do uses a client without Timeout and a request from http.NewRequest, which has no context`
}

// Fetch passes its context on: its callers decide.
func (g *Gateway) Fetch(ctx context.Context) (*http.Response, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, "http://orders/all", nil)
	return g.client.Do(req)
}

// Prices gets a client with a timeout: clean.
type Prices struct{ client *http.Client }

func NewPrices(c *http.Client) *Prices { return &Prices{client: c} }

func (p *Prices) Get(id string) (*http.Response, error) {
	req, _ := http.NewRequest(http.MethodGet, "http://prices/"+id, nil)
	return p.client.Do(req)
}

// Server's client is set by whoever makes it.
type Server struct{ Client *http.Client }

func (s *Server) Ping() error {
	_, err := s.Client.Get("http://payments/ping") // want `\(\*http.Client\).Get uses a client without Timeout and no context`
	return err
}

// Admin's is too, with a timeout: clean.
type Admin struct{ Client *http.Client }

func (a *Admin) Ping() error {
	_, err := a.Client.Get("http://payments/ping")
	return err
}

// Doer is what *http.Client does.
type Doer interface {
	Do(*http.Request) (*http.Response, error)
}

// Stock keeps its client behind an interface.
type Stock struct{ doer Doer }

func NewStock(d Doer) *Stock { return &Stock{doer: d} }

func (s *Stock) Count(sku string) (*http.Response, error) {
	req, _ := http.NewRequestWithContext(context.TODO(), http.MethodGet, "http://stock/"+sku, nil)
	return s.doer.Do(req) // want `\(\*http.Client\).Do uses a client without Timeout and context.TODO\(\), which has no deadline`
}

// Shipping is given a client with a timeout: clean.
type Shipping struct{ doer Doer }

func NewShipping(d Doer) *Shipping { return &Shipping{doer: d} }

func (s *Shipping) Quote(sku string) (*http.Response, error) {
	req, _ := http.NewRequestWithContext(context.TODO(), http.MethodGet, "http://shipping/"+sku, nil)
	return s.doer.Do(req)
}

// Mixed is made with and without a timeout: silent.
type Mixed struct{ client *http.Client }

func NewMixed(c *http.Client) *Mixed { return &Mixed{client: c} }

func (m *Mixed) Get() (*http.Response, error) {
	return m.client.Get("http://mixed/")
}

// Pair keeps its second client, given once the same client as its first
// (with a timeout) and once one without: silent.
type Pair struct{ client *http.Client }

func NewPair(primary, fallback *http.Client) *Pair {
	_ = primary
	return &Pair{client: fallback}
}

func (p *Pair) Get() (*http.Response, error) {
	return p.client.Get("http://pair/")
}

// Lazy's constructor is also handed on as a value: silent.
type Lazy struct{ client *http.Client }

func NewLazy(c *http.Client) *Lazy { return &Lazy{client: c} }

func (l *Lazy) Get() (*http.Response, error) {
	return l.client.Get("http://lazy/")
}

// Tuned sets a timeout on the client it is given: clean.
type Tuned struct{ client *http.Client }

func NewTuned(c *http.Client) *Tuned {
	c.Timeout = 10 * time.Second
	return &Tuned{client: c}
}

func (t *Tuned) Get() (*http.Response, error) {
	return t.client.Get("http://tuned/")
}

// Ledger is given something else that does requests: silent.
type Ledger struct{ doer Doer }

func NewLedger(d Doer) *Ledger { return &Ledger{doer: d} }

func (l *Ledger) Post(sku string) (*http.Response, error) {
	req, _ := http.NewRequestWithContext(context.TODO(), http.MethodPost, "http://ledger/"+sku, nil)
	return l.doer.Do(req)
}

// Retrying wraps a client and retries.
type Retrying struct{ Client *http.Client }

func (r *Retrying) Do(req *http.Request) (*http.Response, error) {
	return r.Client.Do(req)
}

// Audit is made only in a test: silent.
type Audit struct{ client *http.Client }

func NewAudit(c *http.Client) *Audit { return &Audit{client: c} }

func (a *Audit) Send() (*http.Response, error) {
	return a.client.Get("http://audit/")
}

// Serve forwards the request it serves: the service installs no timeout
// middleware, so only the client could bound the call.
func (g *Gateway) Serve(w http.ResponseWriter, r *http.Request) {
	req, _ := http.NewRequestWithContext(r.Context(), http.MethodGet, "http://orders/all", nil)
	g.client.Do(req) // want `\(\*http.Client\).Do uses a client without Timeout and the incoming request's context, which has no deadline \(service shop installs no timeout middleware\)`
}

// Serve with a client that has a timeout: clean.
func (p *Prices) Serve(w http.ResponseWriter, r *http.Request) {
	req, _ := http.NewRequestWithContext(r.Context(), http.MethodGet, "http://prices/all", nil)
	p.client.Do(req)
}

// Fallback is made here without a timeout and in main with one: silent,
// in the package's variant with its tests too.
type Fallback struct{ client *http.Client }

func NewFallback(c *http.Client) *Fallback { return &Fallback{client: c} }

func DefaultFallback() *Fallback { return NewFallback(&http.Client{}) }

func (f *Fallback) Get() (*http.Response, error) {
	return f.client.Get("http://fallback/")
}
