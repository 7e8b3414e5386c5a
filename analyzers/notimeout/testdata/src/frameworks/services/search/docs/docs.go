// Package docs serves documents through search's Fetcher. It makes no
// call itself: it hands the context on through an interface.
package docs

import (
	"github.com/gin-gonic/gin"

	"frameworks/services/search"
)

// Handler serves documents.
type Handler struct{ F search.Fetcher }

// Get hands the *gin.Context itself on as the context: the middleware's
// deadline is on c.Request's context, which this one does not carry.
func (h *Handler) Get(c *gin.Context) {
	if err := h.F.Fetch(c, c.Param("id")); err != nil { // want `\(search.Fetcher\).Fetch \(\(search.indexFetcher\).Fetch\) is given the incoming request's context, which has no deadline; it reaches \(\*http.Client\).Do at search.go:\d+, which uses a client without Timeout \(service search installs timeout middleware, but a \*gin.Context carries the request's deadline only when the engine sets ContextWithFallback\)`
		c.AbortWithStatus(502)
	}
}

// GetBounded hands on the request's context, which the middleware bounds.
func (h *Handler) GetBounded(c *gin.Context) {
	if err := h.F.Fetch(c.Request.Context(), c.Param("id")); err != nil {
		c.AbortWithStatus(502)
	}
}
