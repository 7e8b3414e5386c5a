// want package:"has sinks"

// Package retryable covers hashicorp/go-retryablehttp: NewClient's
// HTTPClient has no Timeout (it is cleanhttp's pooled client), so a request
// is limited only by its context unless the code sets HTTPClient.Timeout or
// replaces HTTPClient.
package retryable

import (
	"context"
	"net/http"
	"time"

	"github.com/hashicorp/go-retryablehttp"
)

// The default client and a request without a context.
func fetchConfig(url string) (*http.Response, error) {
	c := retryablehttp.NewClient()
	c.RetryMax = 5
	return c.Get(url) // want `\(\*retryablehttp.Client\).Get uses a retryablehttp client whose HTTPClient has no Timeout and no context`
}

// NewRequest has no context either.
func postEvent(url string, body []byte) error {
	c := retryablehttp.NewClient()
	req, err := retryablehttp.NewRequest("POST", url, body)
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	_, err = c.Do(req) // want `\(\*retryablehttp.Client\).Do uses a retryablehttp client whose HTTPClient has no Timeout and a request from retryablehttp.NewRequest, which has no context`
	return err
}

// A context without a deadline is no better.
func postEventBackground(url string, body []byte) error {
	c := retryablehttp.NewClient()
	req, _ := retryablehttp.NewRequestWithContext(context.Background(), "POST", url, body)
	_, err := c.Do(req) // want `\(\*retryablehttp.Client\).Do uses a retryablehttp client whose HTTPClient has no Timeout and context.Background\(\), which has no deadline`
	return err
}

// Replacing HTTPClient with a client that only sets a transport keeps it
// without Timeout.
func withTransport(url string, tr http.RoundTripper) error {
	c := retryablehttp.NewClient()
	c.HTTPClient = &http.Client{Transport: tr}
	_, err := c.Get(url) // want `\(\*retryablehttp.Client\).Get uses a client without Timeout and no context`
	return err
}

// The package-level helpers use a fresh NewClient.
func quickGet(url string) error {
	_, err := retryablehttp.Get(url) // want `retryablehttp.Get uses a retryablehttp client whose HTTPClient has no Timeout`
	return err
}

// StandardClient wraps the retryable client in an *http.Client without
// Timeout: each attempt runs on HTTPClient, which has none either.
func standard(url string) error {
	c := retryablehttp.NewClient()
	_, err := c.StandardClient().Get(url) // want `\(\*http.Client\).Get uses .*no Timeout`
	return err
}

// Bounded look-alikes.

// HTTPClient.Timeout limits every attempt.
func fetchConfigTimed(url string) (*http.Response, error) {
	c := retryablehttp.NewClient()
	c.RetryMax = 5
	c.HTTPClient.Timeout = 5 * time.Second
	return c.Get(url)
}

// A replacement HTTPClient with a Timeout.
func withClient(url string, d time.Duration) error {
	c := retryablehttp.NewClient()
	c.HTTPClient = &http.Client{Timeout: d}
	_, err := c.Get(url)
	return err
}

// A request context with a deadline limits the whole retry loop.
func postEventDeadline(url string, body []byte) error {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	c := retryablehttp.NewClient()
	req, err := retryablehttp.NewRequestWithContext(ctx, "POST", url, body)
	if err != nil {
		return err
	}
	_, err = c.Do(req)
	return err
}

// The deadline added after NewRequest with WithContext.
func postEventWithContext(url string, body []byte) error {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	c := retryablehttp.NewClient()
	req, _ := retryablehttp.NewRequest("POST", url, body)
	_, err := c.Do(req.WithContext(ctx))
	return err
}

// A typed client whose retryable client lives in a struct field.

type Notifier struct {
	http *retryablehttp.Client
	url  string
}

func NewNotifier(url string) *Notifier {
	c := retryablehttp.NewClient()
	c.RetryMax = 3
	c.Logger = nil
	return &Notifier{http: c, url: url}
}

// Notify is as bounded as the context its callers pass.
func (n *Notifier) Notify(ctx context.Context, body []byte) error { // want Notify:`sink\(0 ctx → \(\*retryablehttp.Client\).Do\)`
	req, err := retryablehttp.NewRequestWithContext(ctx, "POST", n.url, body)
	if err != nil {
		return err
	}
	_, err = n.http.Do(req)
	return err
}

func notifyStartup(n *Notifier) {
	n.Notify(context.Background(), []byte(`{"event":"startup"}`)) // want `\(\*retryable.Notifier\).Notify is given context.Background\(\), which has no deadline; it reaches \(\*retryablehttp.Client\).Do at retryable.go:\d+, which uses a retryablehttp client whose HTTPClient has no Timeout`
}

func notifyShutdown(n *Notifier) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	n.Notify(ctx, []byte(`{"event":"shutdown"}`))
}

// The same typed client with HTTPClient.Timeout set in the constructor:
// bounded whatever the context.

type Webhook struct {
	http *retryablehttp.Client
	url  string
}

func NewWebhook(url string) *Webhook {
	c := retryablehttp.NewClient()
	c.HTTPClient.Timeout = 10 * time.Second
	return &Webhook{http: c, url: url}
}

func (w *Webhook) Send(ctx context.Context, body []byte) error {
	req, _ := retryablehttp.NewRequestWithContext(ctx, "POST", w.url, body)
	_, err := w.http.Do(req)
	return err
}

// The client's timeout bounds Send, so Background is harmless here.
func sendPing(w *Webhook) error {
	return w.Send(context.Background(), []byte(`{}`))
}

// The timeout is set on the field after the struct is built.

type Exporter struct {
	client *retryablehttp.Client
}

func NewExporter(timeout time.Duration) *Exporter {
	e := &Exporter{client: retryablehttp.NewClient()}
	e.client.RetryMax = 2
	e.client.HTTPClient.Timeout = timeout
	return e
}

func (e *Exporter) Export(url string) error {
	_, err := e.client.Get(url)
	return err
}
