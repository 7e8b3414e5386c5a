// Package handler serves the notifications service's HTTP API.
package handler

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"example.com/shop/pkg/httpx"
	"example.com/shop/services/notifications/api"
	"example.com/shop/services/notifications/mail"
)

// requestTimeout is the budget of one request, inside the inventory client's 3s timeout.
const requestTimeout = 2500 * time.Millisecond

// Handler serves /alerts.
type Handler struct {
	mail     *mail.Client
	opsEmail string
	log      *slog.Logger
}

// New returns a Handler that sends alerts to opsEmail.
func New(m *mail.Client, opsEmail string, logger *slog.Logger) *Handler {
	return &Handler{mail: m, opsEmail: opsEmail, log: logger}
}

// Routes returns the service's router.
func (h *Handler) Routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /alerts/low-stock", h.lowStock)
	mux.HandleFunc("GET /healthz", httpx.Healthz)
	return mux
}

// lowStock emails the warehouse team that a SKU runs low.
func (h *Handler) lowStock(w http.ResponseWriter, r *http.Request) {
	var alert api.LowStockAlert
	if err := httpx.ReadJSON(r, &alert); err != nil {
		httpx.WriteError(w, http.StatusBadRequest, err.Error())
		return
	}
	if alert.SKU == "" {
		httpx.WriteError(w, http.StatusUnprocessableEntity, "sku is required")
		return
	}

	ctx, cancel := context.WithTimeout(r.Context(), requestTimeout)
	defer cancel()

	subject := fmt.Sprintf("Low stock: %s", alert.SKU)
	text := fmt.Sprintf("%s is down to %d units (threshold %d). Please reorder.", alert.SKU, alert.OnHand, alert.Threshold)
	if err := h.mail.Send(ctx, h.opsEmail, subject, text); err != nil {
		h.log.Error("send low-stock alert", "sku", alert.SKU, "err", err)
		httpx.WriteError(w, http.StatusBadGateway, "mail provider unavailable")
		return
	}
	w.WriteHeader(http.StatusAccepted)
}
