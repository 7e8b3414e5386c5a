// Package shop serves with fiber and no timeout middleware.
package shop

import (
	"context"

	"github.com/gofiber/fiber/v2"
)

// Quoter is how the handlers reach pricing; main wires prices.Client.
type Quoter interface {
	Quote(ctx context.Context, sku string) error
}

type Handlers struct{ Prices Quoter }

func (h *Handlers) Price(c *fiber.Ctx) error {
	return h.Prices.Quote(c.UserContext(), c.Params("sku")) // want `\(shop.Quoter\).Quote \(\(\*prices.Client\).Quote\) is given the incoming request's context, which has no deadline; it reaches \(\*http.Client\).Do at prices.go:\d+, which uses a client without Timeout \(service shop installs no timeout middleware\)`
}
