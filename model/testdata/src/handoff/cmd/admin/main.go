// Command admin links the same packages but hands no schema to the
// library: it never runs the resolvers.
package main

import (
	"fmt"

	"handoff/graph/gql"
	"handoff/graph/resolver"
)

func main() {
	fmt.Println(resolver.Version(), gql.Config{})
}
