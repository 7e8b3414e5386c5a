// Command adder serves the set with its own service: no remote call.
package main

import (
	"context"

	"gokit/pkg/adder/endpoints"
	"gokit/pkg/adder/service"
)

func main() {
	set := endpoints.New(service.Basic{})
	set.Sum(context.Background(), 1, 2)
}
