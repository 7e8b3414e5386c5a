package handler

import (
	"context"
	"log/slog"
	"net/http"
	"time"

	"example.com/shop/pkg/httpx"
	// CLEAN(crossimport): api is the orders service's published contract, which other services may import.
	ordersapi "example.com/shop/services/orders/api"
	// SMELL(crossimport): domain is internal to the orders service; the gateway now ships with, and breaks on, orders' business rules.
	"example.com/shop/services/orders/domain"
)

// requestTimeout is the budget of one request to the gateway.
const requestTimeout = 12 * time.Second

// Orders serves the public /orders API.
type Orders struct {
	orders *ordersapi.Client
	log    *slog.Logger
}

// Place validates an order and hands it to the orders service.
func (h *Orders) Place(w http.ResponseWriter, r *http.Request) {
	var req ordersapi.PlaceOrderRequest
	if err := httpx.ReadJSON(r, &req); err != nil {
		httpx.WriteError(w, http.StatusBadRequest, err.Error())
		return
	}
	lines := make([]domain.Line, len(req.Items))
	for i, it := range req.Items {
		lines[i] = domain.Line{SKU: it.SKU, Quantity: it.Quantity, UnitPriceCents: it.UnitPriceCents}
	}
	if err := domain.ValidateLines(lines); err != nil {
		httpx.WriteError(w, http.StatusUnprocessableEntity, err.Error())
		return
	}

	ctx, cancel := context.WithTimeout(r.Context(), requestTimeout)
	defer cancel()

	// SMELL(syncchain): POST /orders runs gateway → orders → payments → inventory → notifications synchronously, 4 hops (max-depth 3).
	order, err := h.orders.PlaceOrder(ctx, req)
	if err != nil {
		h.log.Warn("place order", "customer_id", req.CustomerID, "err", err)
		httpx.ForwardError(w, "orders", err)
		return
	}
	w.Header().Set("Location", "/orders/"+order.ID)
	httpx.WriteJSON(w, http.StatusCreated, order)
}

// Get returns an order.
func (h *Orders) Get(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), requestTimeout)
	defer cancel()

	// CLEAN(syncchain): GET /orders/{id} runs gateway → orders → payments, 2 hops.
	order, err := h.orders.GetOrder(ctx, r.PathValue("id"))
	if err != nil {
		httpx.ForwardError(w, "orders", err)
		return
	}
	httpx.WriteJSON(w, http.StatusOK, order)
}
