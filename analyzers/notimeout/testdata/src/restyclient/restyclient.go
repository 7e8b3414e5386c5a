// want package:"has sinks"

// Package restyclient covers go-resty: a request is limited by the client's
// SetTimeout or by a context with a deadline given to SetContext; a request
// with neither waits for ever.
package restyclient

import (
	"context"
	"net/http"
	"os"
	"time"

	"github.com/go-resty/resty/v2"
)

// A fresh client and a request without a context.
func healthCheck(url string) (*resty.Response, error) {
	return resty.New().R().Get(url) // want `\(\*resty.Request\).Get uses a resty client without SetTimeout and a resty request without SetContext; .*SetTimeout.*SetContext`
}

// SetContext with a context that has no deadline limits nothing.
func fetchRates(url string) error {
	client := resty.New()
	_, err := client.R().
		SetContext(context.Background()).
		SetHeader("Accept", "application/json").
		Get(url) // want `\(\*resty.Request\).Get uses a resty client without SetTimeout and context.Background\(\), which has no deadline`
	return err
}

// NewWithClient takes the timeout of the *http.Client it wraps: a client
// built only to install a transport (tracing, TLS) has none.
func tracedClient(url string, tr http.RoundTripper) error {
	client := resty.NewWithClient(&http.Client{Transport: tr})
	_, err := client.R().Get(url) // want `\(\*resty.Request\).Get uses a client without Timeout and a resty request without SetContext`
	return err
}

func defaultClient(url string) error {
	_, err := resty.NewWithClient(http.DefaultClient).R().Post(url) // want `\(\*resty.Request\).Post uses http.DefaultClient, which has no timeout and a resty request without SetContext`
	return err
}

// A package-level client without SetTimeout.
var github = resty.New().SetBaseURL("https://api.github.com")

func latestRelease(repo string) error {
	_, err := github.R().SetHeader("Accept", "application/vnd.github+json").Get("/repos/" + repo + "/releases/latest") // want `\(\*resty.Request\).Get uses a resty client without SetTimeout`
	return err
}

// Bounded look-alikes.

// SetTimeout on the client in its own statement limits every request.
func healthCheckTimed(url string) (*resty.Response, error) {
	client := resty.New()
	client.SetTimeout(5 * time.Second)
	return client.R().Get(url)
}

// SetTimeout in the builder chain.
func fetchRatesTimed(url string) error {
	d, _ := time.ParseDuration(os.Getenv("RATES_TIMEOUT"))
	_, err := resty.New().SetTimeout(d).R().Get(url)
	return err
}

// A context with a deadline limits the request, whatever the client.
func fetchRatesDeadline(url string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	_, err := resty.New().R().SetContext(ctx).SetHeader("Accept", "application/json").Get(url)
	return err
}

// The wrapped *http.Client has a Timeout.
func wrappedTimed(url string, tr http.RoundTripper) error {
	client := resty.NewWithClient(&http.Client{Timeout: 10 * time.Second, Transport: tr})
	_, err := client.R().Get(url)
	return err
}

// A typed client whose resty client lives in a struct field filled by the
// constructor.

type PaymentsClient struct {
	rc *resty.Client
}

func NewPaymentsClient(base string) *PaymentsClient {
	return &PaymentsClient{rc: resty.New().SetBaseURL(base).SetRetryCount(3)}
}

type charge struct {
	Amount   int64  `json:"amount"`
	Currency string `json:"currency"`
}

// Charge has no context and the client no timeout.
func (p *PaymentsClient) Charge(id string, amount int64) error {
	_, err := p.rc.R().
		SetBody(charge{Amount: amount, Currency: "EUR"}).
		Post("/charges/" + id) // want `\(\*resty.Request\).Post uses a resty client without SetTimeout and a resty request without SetContext`
	return err
}

// Refund is as bounded as the context its callers pass.
func (p *PaymentsClient) Refund(ctx context.Context, id string) error { // want Refund:`sink\(0 ctx → \(\*resty.Request\).Post\)`
	_, err := p.rc.R().SetContext(ctx).Post("/refunds/" + id)
	return err
}

func refundAll(p *PaymentsClient, ids []string) {
	for _, id := range ids {
		p.Refund(context.Background(), id) // want `\(\*restyclient.PaymentsClient\).Refund is given context.Background\(\), which has no deadline; it reaches \(\*resty.Request\).Post at restyclient.go:\d+, which uses a resty client without SetTimeout`
	}
}

func refundOne(ctx context.Context, p *PaymentsClient, id string) error {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	return p.Refund(ctx, id)
}

// The same typed client with SetTimeout in its constructor: bounded
// whatever the context.

type LedgerClient struct {
	rc *resty.Client
}

func NewLedgerClient(base string) *LedgerClient {
	rc := resty.New()
	rc.SetBaseURL(base)
	rc.SetTimeout(3 * time.Second)
	return &LedgerClient{rc: rc}
}

func (l *LedgerClient) Balance(account string) error {
	_, err := l.rc.R().Get("/balances/" + account)
	return err
}

func (l *LedgerClient) Post(ctx context.Context, entry any) error {
	_, err := l.rc.R().SetContext(ctx).SetBody(entry).Post("/entries")
	return err
}

// The client's timeout bounds Post, so Background is harmless here.
func postOpening(l *LedgerClient) error {
	return l.Post(context.Background(), map[string]int{"opening": 0})
}

// The timeout is set on the field after the struct is built, the way
// constructors that read a config often do.

type ShippingClient struct {
	rc *resty.Client
}

func NewShippingClient(base string, timeout time.Duration) *ShippingClient {
	c := &ShippingClient{rc: resty.New()}
	c.rc.SetBaseURL(base)
	c.rc.SetTimeout(timeout)
	return c
}

func (s *ShippingClient) Track(id string) error {
	_, err := s.rc.R().Get("/parcels/" + id)
	return err
}
