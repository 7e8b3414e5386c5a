// Package metadata is a minimal stub of google.golang.org/grpc/metadata
// (checked against google.golang.org/grpc v1.83.0).
package metadata

import (
	"context"
	"strings"
)

// MD is a mapping from metadata keys to values.
type MD map[string][]string

// New creates an MD from a given key-value map.
func New(m map[string]string) MD {
	md := make(MD, len(m))
	for k, val := range m {
		key := strings.ToLower(k)
		md[key] = append(md[key], val)
	}
	return md
}

// Pairs returns an MD formed by the mapping of key, value ...
// Pairs panics if len(kv) is odd.
func Pairs(kv ...string) MD {
	md := make(MD, len(kv)/2)
	for i := 0; i+1 < len(kv); i += 2 {
		key := strings.ToLower(kv[i])
		md[key] = append(md[key], kv[i+1])
	}
	return md
}

type mdIncomingKey struct{}
type mdOutgoingKey struct{}

// NewIncomingContext creates a new context with incoming md attached.
func NewIncomingContext(ctx context.Context, md MD) context.Context {
	return context.WithValue(ctx, mdIncomingKey{}, md)
}

// NewOutgoingContext creates a new context with outgoing md attached.
func NewOutgoingContext(ctx context.Context, md MD) context.Context {
	return context.WithValue(ctx, mdOutgoingKey{}, md)
}

// AppendToOutgoingContext returns a new context with the provided kv merged
// with any existing metadata in the context.
func AppendToOutgoingContext(ctx context.Context, kv ...string) context.Context {
	md, _ := ctx.Value(mdOutgoingKey{}).(MD)
	out := make(MD, len(md)+len(kv)/2)
	for k, v := range md {
		out[k] = v
	}
	for i := 0; i+1 < len(kv); i += 2 {
		key := strings.ToLower(kv[i])
		out[key] = append(out[key], kv[i+1])
	}
	return context.WithValue(ctx, mdOutgoingKey{}, out)
}

// FromIncomingContext returns the incoming metadata in ctx if it exists.
func FromIncomingContext(ctx context.Context) (MD, bool) {
	md, ok := ctx.Value(mdIncomingKey{}).(MD)
	return md, ok
}

// FromOutgoingContext returns the outgoing metadata in ctx if it exists.
func FromOutgoingContext(ctx context.Context) (MD, bool) {
	md, ok := ctx.Value(mdOutgoingKey{}).(MD)
	return md, ok
}
