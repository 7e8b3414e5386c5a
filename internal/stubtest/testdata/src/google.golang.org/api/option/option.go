// Package option is a minimal stub of google.golang.org/api/option (checked against
// google.golang.org/api v0.287.1).
package option

import "google.golang.org/api/internal"

// A ClientOption is an option for a Google API client.
type ClientOption interface {
	Apply(*internal.DialSettings)
}

type withEndpoint string

func (w withEndpoint) Apply(o *internal.DialSettings) { o.Endpoint = string(w) }

// WithEndpoint returns a ClientOption that overrides the default endpoint
// to be used for a service.
func WithEndpoint(url string) ClientOption { return withEndpoint(url) }

type withCredFile string

func (w withCredFile) Apply(o *internal.DialSettings) { o.CredentialsFile = string(w) }

// WithCredentialsFile returns a ClientOption that authenticates
// API calls with the given service account or refresh token JSON
// credentials file.
func WithCredentialsFile(filename string) ClientOption { return withCredFile(filename) }
