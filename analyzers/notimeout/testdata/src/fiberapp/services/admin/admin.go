// Package admin serves with fiber behind the timeout middleware (cmd/admin).
package admin

import (
	"context"

	"github.com/gofiber/fiber/v2"
)

type Quoter interface {
	Quote(ctx context.Context, sku string) error
}

type Handlers struct{ Prices Quoter }

func (h *Handlers) Price(c *fiber.Ctx) error {
	return h.Prices.Quote(c.UserContext(), c.Params("sku"))
}
