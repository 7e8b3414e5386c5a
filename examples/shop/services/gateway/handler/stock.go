package handler

import (
	"context"
	"log/slog"
	"net/http"

	"example.com/shop/pkg/httpx"
	inventoryapi "example.com/shop/services/inventory/api"
)

// Stock serves the public /stock API.
type Stock struct {
	inventory *inventoryapi.Client
	log       *slog.Logger
}

// Get returns the units of a SKU in stock.
func (h *Stock) Get(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), requestTimeout)
	defer cancel()

	stock, err := h.inventory.Stock(ctx, r.PathValue("sku"))
	if err != nil {
		h.log.Warn("stock", "sku", r.PathValue("sku"), "err", err)
		httpx.ForwardError(w, "inventory", err)
		return
	}
	httpx.WriteJSON(w, http.StatusOK, stock)
}
