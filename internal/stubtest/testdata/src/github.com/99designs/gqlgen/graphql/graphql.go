// Package graphql is a minimal stub of github.com/99designs/gqlgen/graphql
// (checked against v0.17.49): the interface generated schemas implement.
package graphql

import "context"

// Response is a GraphQL response.
type Response struct{ Data []byte }

// ResponseHandler returns the responses of an operation.
type ResponseHandler func(ctx context.Context) *Response

// ExecutableSchema is what gqlgen generates from a schema.
type ExecutableSchema interface {
	Exec(ctx context.Context) ResponseHandler
}
