// Package desk hands the request's context, read from echo's and gin's
// contexts, on through an interface. It makes no call itself.
package desk

import (
	"context"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
)

// Store loads tickets.
type Store interface {
	Load(ctx context.Context, id string) error
}

// Handler serves tickets.
type Handler struct{ S Store }

// Echo serves a ticket with echo.
func (h *Handler) Echo(c echo.Context) error {
	return h.S.Load(c.Request().Context(), c.Param("id")) // want `\(desk.Store\).Load \(\(\*store.HTTPStore\).Load\) is given the incoming request's context, which has no deadline; it reaches \(\*http.Client\).Do at store.go:\d+, which uses a client without Timeout \(service desk installs no timeout middleware\)`
}

// Gin serves a ticket with gin.
func (h *Handler) Gin(c *gin.Context) {
	h.S.Load(c.Request.Context(), c.Param("id")) // want `\(desk.Store\).Load \(\(\*store.HTTPStore\).Load\) is given the incoming request's context, which has no deadline; it reaches \(\*http.Client\).Do at store.go:\d+, which uses a client without Timeout \(service desk installs no timeout middleware\)`
}

// Run works through the queue in the background, on the context main
// gives it.
func (h *Handler) Run(ctx context.Context) {
	go h.loop(ctx)
}

func (h *Handler) loop(ctx context.Context) {
	for {
		if err := h.S.Load(ctx, "next"); err != nil {
			return
		}
	}
}
