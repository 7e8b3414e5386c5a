// Command batch runs calc's endpoints in process: nothing remote.
package main

import (
	"context"

	"gokit/pkg/calc"
)

func main() {
	calc.New().Run(context.Background(), 2)
}
