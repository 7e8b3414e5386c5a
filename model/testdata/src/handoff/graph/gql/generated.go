// Package gql has the shape of gqlgen's generated code: the schema, which
// the library's handler runs, calls the resolvers through interfaces.
package gql

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
)

// ResolverRoot gives the resolvers of each root type.
type ResolverRoot interface {
	Query() QueryResolver
}

// QueryResolver resolves the fields of Query.
type QueryResolver interface {
	Order(ctx context.Context, id string) (string, error)
}

// Config configures the schema.
type Config struct{ Resolvers ResolverRoot }

type executableSchema struct{ resolvers ResolverRoot }

// NewExecutableSchema returns the schema, as gqlgen's handler takes it.
func NewExecutableSchema(cfg Config) graphql.ExecutableSchema {
	return &executableSchema{resolvers: cfg.Resolvers}
}

func (e *executableSchema) Exec(ctx context.Context) graphql.ResponseHandler {
	return func(ctx context.Context) *graphql.Response {
		s, _ := e.resolvers.Query().Order(ctx, "1")
		return &graphql.Response{Data: []byte(s)}
	}
}
