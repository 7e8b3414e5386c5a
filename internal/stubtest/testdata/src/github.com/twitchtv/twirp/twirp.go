// Package twirp is a minimal stub of github.com/twitchtv/twirp (checked against v8.1.3).
package twirp

// ClientOptions encapsulate the configurable parameters on a Twirp client.
type ClientOptions struct {
	pathPrefix *string
}

// PathPrefix returns the path prefix of the client ("/twirp" by default).
func (o *ClientOptions) PathPrefix() string { return "/twirp" }

// ClientOption is a functional option for extending a Twirp client.
type ClientOption func(*ClientOptions)

// ServerOption is a functional option for extending a Twirp service.
type ServerOption func(*ServerOptions)

// ServerOptions encapsulate the configurable parameters on a Twirp server.
type ServerOptions struct{}
