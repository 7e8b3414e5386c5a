// Package otelhttp is a minimal stub of
// go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp (checked
// against v0.58.0).
package otelhttp

import "net/http"

// DefaultClient is the default Client and is used by Get, Head, Post and
// PostForm.
var DefaultClient = &http.Client{Transport: NewTransport(http.DefaultTransport)}

// Transport implements the http.RoundTripper interface and wraps outbound
// HTTP(S) requests with a span.
type Transport struct{ rt http.RoundTripper }

// NewTransport wraps the provided http.RoundTripper with one that starts a
// span and injects the span context into the outbound request headers.
func NewTransport(base http.RoundTripper) *Transport { return &Transport{rt: base} }

// RoundTrip creates a Span and propagates its context via the provided
// request's headers.
func (t *Transport) RoundTrip(r *http.Request) (*http.Response, error) { return t.rt.RoundTrip(r) }
