// want package:"has sinks"

// Package gateway calls catalog's methods from another package: the facts
// carry which parameters reach an outbound call.
package gateway

import (
	"context"
	"time"

	"sinks/catalog"
)

func background(c *catalog.Client) {
	c.Price(context.Background(), "sku-1") // want `\(\*catalog.Client\).Price is given context.Background\(\), which has no deadline; it reaches \(\*http.Client\).Do at catalog.go:\d+`
}

func todo(c *catalog.Client) {
	ctx := context.WithValue(context.TODO(), key{}, 1)
	c.Price(ctx, "sku-1") // want `is given context.TODO\(\), which has no deadline`
}

type key struct{}

// Two calls up: run passes a bounded context through relay.
func run(c *catalog.Client) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	relay(ctx, c)
}

func relay(ctx context.Context, c *catalog.Client) { c.Price(ctx, "sku-2") } // want relay:`sink\(0 ctx`

// And the unbounded version: the caller of relayLoose passes Background.
func runLoose(c *catalog.Client) {
	relayLoose(context.Background(), c) // want `relayLoose is given context.Background\(\), which has no deadline; it reaches \(\*http.Client\).Do at catalog.go`
}

func relayLoose(ctx context.Context, c *catalog.Client) { c.Price(ctx, "sku-3") } // want relayLoose:`sink\(0 ctx`

// Stock and the Timed client are bounded inside catalog.
func stock(c *catalog.Client, t *catalog.Timed) {
	c.Stock(context.Background(), "sku-4")
	t.Get(context.Background(), "http://catalog/")
}

// A context parameter nobody in the program passes is left alone: a gRPC
// or HTTP framework calls it with its own context.
func Handle(ctx context.Context, c *catalog.Client) error { return c.Price(ctx, "sku-5") } // want Handle:`sink\(0 ctx`
