// Package handler serves the inventory service's HTTP API.
package handler

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"time"

	"example.com/shop/pkg/httpx"
	"example.com/shop/services/inventory/api"
	"example.com/shop/services/inventory/store"
	notificationsapi "example.com/shop/services/notifications/api"
)

// requestTimeout is the budget of one request, inside the payments client's 5s timeout.
const requestTimeout = 4 * time.Second

// Handler serves /reservations and /stock.
type Handler struct {
	store         *store.Store
	notifications *notificationsapi.Client
	log           *slog.Logger
}

// New returns a Handler.
func New(st *store.Store, notifications *notificationsapi.Client, logger *slog.Logger) *Handler {
	return &Handler{store: st, notifications: notifications, log: logger}
}

// Routes returns the service's router.
func (h *Handler) Routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /reservations", h.reserve)
	mux.HandleFunc("GET /stock/{sku}", h.stock)
	mux.HandleFunc("GET /healthz", httpx.Healthz)
	return mux
}

// reserve takes an order's items out of stock and alerts the warehouse team
// about every SKU that drops below its threshold.
func (h *Handler) reserve(w http.ResponseWriter, r *http.Request) {
	var req api.ReserveRequest
	if err := httpx.ReadJSON(r, &req); err != nil {
		httpx.WriteError(w, http.StatusBadRequest, err.Error())
		return
	}
	if req.OrderID == "" || len(req.Items) == 0 {
		httpx.WriteError(w, http.StatusUnprocessableEntity, "order_id and items are required")
		return
	}

	ctx, cancel := context.WithTimeout(r.Context(), requestTimeout)
	defer cancel()

	status, err := h.store.OrderStatus(ctx, req.OrderID)
	switch {
	case errors.Is(err, store.ErrNotFound):
		httpx.WriteError(w, http.StatusNotFound, "unknown order")
		return
	case err != nil:
		h.log.Error("order status", "order_id", req.OrderID, "err", err)
		httpx.WriteError(w, http.StatusInternalServerError, "could not check order")
		return
	case status == "cancelled":
		httpx.WriteError(w, http.StatusConflict, "order is cancelled")
		return
	}

	levels, err := h.store.Reserve(ctx, req.OrderID, req.Items)
	if errors.Is(err, store.ErrOutOfStock) {
		httpx.WriteError(w, http.StatusConflict, err.Error())
		return
	}
	if err != nil {
		h.log.Error("reserve", "order_id", req.OrderID, "err", err)
		httpx.WriteError(w, http.StatusInternalServerError, "could not reserve stock")
		return
	}

	for _, l := range levels {
		if l.OnHand >= l.Threshold {
			continue
		}
		alert := notificationsapi.LowStockAlert{SKU: l.SKU, OnHand: l.OnHand, Threshold: l.Threshold}
		if err := h.notifications.LowStock(ctx, alert); err != nil {
			// The reservation stands; the next reservation of this SKU alerts again.
			h.log.Warn("low-stock alert", "sku", l.SKU, "err", err)
		}
	}

	httpx.WriteJSON(w, http.StatusCreated, api.Reservation{
		OrderID:    req.OrderID,
		Items:      req.Items,
		ReservedAt: time.Now().UTC(),
	})
}

// stock returns the units of a SKU in stock.
func (h *Handler) stock(w http.ResponseWriter, r *http.Request) {
	sku := r.PathValue("sku")
	ctx, cancel := context.WithTimeout(r.Context(), requestTimeout)
	defer cancel()

	n, err := h.store.OnHand(ctx, sku)
	if errors.Is(err, store.ErrNotFound) {
		httpx.WriteError(w, http.StatusNotFound, "unknown SKU")
		return
	}
	if err != nil {
		h.log.Error("stock", "sku", sku, "err", err)
		httpx.WriteError(w, http.StatusInternalServerError, "could not read stock")
		return
	}
	httpx.WriteJSON(w, http.StatusOK, api.Stock{SKU: sku, OnHand: n})
}
