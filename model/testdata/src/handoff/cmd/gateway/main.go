// Command gateway hands the generated schema to gqlgen's handler, whose
// code (a library's, out of sight) runs the resolvers.
package main

import (
	"net/http"

	"github.com/99designs/gqlgen/graphql/handler"

	"handoff/graph/gql"
	"handoff/graph/resolver"
)

func main() {
	srv := handler.NewDefaultServer(gql.NewExecutableSchema(gql.Config{Resolvers: &resolver.Resolver{}}))
	http.Handle("/query", srv)
	http.ListenAndServe(":8081", nil)
}
