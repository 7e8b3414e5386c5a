// Package shop serves the storefront with gin; cmd/shop installs no // want package:"has sinks"
// timeout middleware, so calls on the request's context have no deadline.
package shop

import (
	"context"
	"encoding/json"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
)

type Handler struct {
	inventory  *InventoryClient
	pricing    *http.Client
	pricingURL string
}

func NewHandler(inventoryURL, pricingURL string) *Handler {
	return &Handler{
		inventory:  NewInventoryClient(inventoryURL),
		pricing:    &http.Client{Transport: http.DefaultTransport},
		pricingURL: pricingURL,
	}
}

// GetProduct calls pricing on the request's context.
func (h *Handler) GetProduct(c *gin.Context) {
	req, err := http.NewRequestWithContext(c.Request.Context(), http.MethodGet, h.pricingURL+"/prices/"+c.Param("id"), nil)
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	resp, err := h.pricing.Do(req) // want `\(\*http.Client\).Do uses a client without Timeout and the incoming request's context, which has no deadline \(service shop installs no timeout middleware\); set Timeout on the client`
	if err != nil {
		c.AbortWithStatus(http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	var price map[string]any
	json.NewDecoder(resp.Body).Decode(&price)
	c.JSON(http.StatusOK, price)
}

// GetStock passes the *gin.Context itself as the context.
func (h *Handler) GetStock(c *gin.Context) {
	n, err := h.inventory.Stock(c, c.Param("id")) // want `\(\*shop.InventoryClient\).Stock is given the incoming request's context, which has no deadline; it reaches \(\*http.Client\).Do at inventory.go:\d+, which uses a client without Timeout \(service shop installs no timeout middleware\)`
	if err != nil {
		c.AbortWithStatus(http.StatusBadGateway)
		return
	}
	c.JSON(http.StatusOK, gin.H{"stock": n})
}

// Checkout derives its own deadline from the request's context.
func (h *Handler) Checkout(c *gin.Context) {
	ctx, cancel := context.WithTimeout(c.Request.Context(), 3*time.Second)
	defer cancel()
	if err := h.inventory.Reserve(ctx, c.Param("id"), 1); err != nil {
		c.AbortWithStatus(http.StatusConflict)
		return
	}
	c.Status(http.StatusAccepted)
}

// Register adds routes whose handlers are closures.
func (h *Handler) Register(r gin.IRouter) {
	r.GET("/prices/:id", func(c *gin.Context) {
		ctx := c.Request.Context()
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, h.pricingURL+"/prices/"+c.Param("id"), nil)
		resp, err := h.pricing.Do(req) // want `\(\*http.Client\).Do uses a client without Timeout and the incoming request's context, which has no deadline \(service shop installs no timeout middleware\)`
		if err != nil {
			c.AbortWithStatus(http.StatusBadGateway)
			return
		}
		resp.Body.Close()
		c.Status(resp.StatusCode)
	})
	// No request context at all: reported by the per-package pass.
	r.GET("/healthz/deps", func(c *gin.Context) {
		resp, err := h.pricing.Get(h.pricingURL + "/healthz") // want `\(\*http.Client\).Get uses a client without Timeout and no context`
		if err != nil {
			c.Status(http.StatusServiceUnavailable)
			return
		}
		resp.Body.Close()
		c.Status(http.StatusOK)
	})
}
