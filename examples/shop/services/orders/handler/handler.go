// Package handler serves the orders service's HTTP API.
package handler

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"time"

	"example.com/shop/pkg/httpx"
	"example.com/shop/pkg/idgen"
	"example.com/shop/services/orders/api"
	"example.com/shop/services/orders/domain"
	"example.com/shop/services/orders/events"
	"example.com/shop/services/orders/store"
	paymentsapi "example.com/shop/services/payments/api"
)

const (
	// requestTimeout is the budget of one request, inside the gateway's 10s client timeout.
	requestTimeout = 9 * time.Second
	// cleanupTimeout bounds the write that records a failed order.
	cleanupTimeout = 2 * time.Second
)

// Handler serves /orders.
type Handler struct {
	store    *store.Store
	payments *paymentsapi.Client
	events   *events.Publisher
	log      *slog.Logger
}

// New returns a Handler.
func New(st *store.Store, payments *paymentsapi.Client, pub *events.Publisher, logger *slog.Logger) *Handler {
	return &Handler{store: st, payments: payments, events: pub, log: logger}
}

// Routes returns the service's router.
func (h *Handler) Routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /orders", h.placeOrder)
	mux.HandleFunc("GET /orders/{id}", h.getOrder)
	mux.HandleFunc("GET /healthz", httpx.Healthz)
	return mux
}

// placeOrder stores a pending order, has payments charge it (payments in turn
// reserves the stock), marks it placed and announces it on order-placed.
func (h *Handler) placeOrder(w http.ResponseWriter, r *http.Request) {
	var req api.PlaceOrderRequest
	if err := httpx.ReadJSON(r, &req); err != nil {
		httpx.WriteError(w, http.StatusBadRequest, err.Error())
		return
	}
	order, err := domain.NewOrder(idgen.New(), req.CustomerID, req.CustomerEmail, req.Currency, toLines(req.Items), time.Now())
	if err != nil {
		httpx.WriteError(w, http.StatusUnprocessableEntity, err.Error())
		return
	}

	ctx, cancel := context.WithTimeout(r.Context(), requestTimeout)
	defer cancel()

	if err := h.store.Create(ctx, order); err != nil {
		h.log.Error("create order", "order_id", order.ID, "err", err)
		httpx.WriteError(w, http.StatusInternalServerError, "could not store order")
		return
	}

	charge, err := h.payments.Charge(ctx, paymentsapi.ChargeRequest{
		OrderID:     order.ID,
		CustomerID:  order.CustomerID,
		AmountCents: order.Total(),
		Currency:    order.Currency,
		Items:       toChargeItems(order.Lines),
	})
	if err != nil {
		h.log.Warn("charge order", "order_id", order.ID, "err", err)
		// The charge may have used up ctx; recording the failure gets its own deadline.
		failCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), cleanupTimeout)
		defer cancel()
		if err := h.store.SetStatus(failCtx, order.ID, domain.StatusFailed); err != nil {
			h.log.Error("mark order failed", "order_id", order.ID, "err", err)
		}
		httpx.ForwardError(w, "payments", err)
		return
	}

	if err := h.store.SetStatus(ctx, order.ID, domain.StatusPlaced); err != nil {
		h.log.Error("mark order placed", "order_id", order.ID, "err", err)
		httpx.WriteError(w, http.StatusInternalServerError, "could not update order")
		return
	}
	order.Status = domain.StatusPlaced

	ev := api.OrderPlaced{
		EventID:       idgen.New(),
		OrderID:       order.ID,
		CustomerID:    order.CustomerID,
		CustomerEmail: order.CustomerEmail,
		TotalCents:    order.Total(),
		Currency:      order.Currency,
		PlacedAt:      time.Now().UTC(),
	}
	if err := h.events.OrderPlaced(ctx, ev); err != nil {
		// The order is paid for and stored; a lost event only delays the confirmation email.
		h.log.Error("publish order-placed", "order_id", order.ID, "err", err)
	}
	httpx.WriteJSON(w, http.StatusCreated, toAPI(order, charge.Status))
}

// getOrder returns an order with the status of its charge.
func (h *Handler) getOrder(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	ctx, cancel := context.WithTimeout(r.Context(), requestTimeout)
	defer cancel()

	order, err := h.store.Get(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		httpx.WriteError(w, http.StatusNotFound, "order not found")
		return
	}
	if err != nil {
		h.log.Error("get order", "order_id", id, "err", err)
		httpx.WriteError(w, http.StatusInternalServerError, "could not read order")
		return
	}

	paymentStatus := "none"
	charge, err := h.payments.GetCharge(ctx, id)
	switch {
	case err == nil:
		paymentStatus = charge.Status
	case httpx.IsStatus(err, http.StatusNotFound):
	default:
		h.log.Warn("get charge", "order_id", id, "err", err)
		paymentStatus = "unknown"
	}
	httpx.WriteJSON(w, http.StatusOK, toAPI(order, paymentStatus))
}

func toLines(items []api.Item) []domain.Line {
	lines := make([]domain.Line, len(items))
	for i, it := range items {
		lines[i] = domain.Line{SKU: it.SKU, Quantity: it.Quantity, UnitPriceCents: it.UnitPriceCents}
	}
	return lines
}

func toChargeItems(lines []domain.Line) []paymentsapi.Item {
	items := make([]paymentsapi.Item, len(lines))
	for i, l := range lines {
		items[i] = paymentsapi.Item{SKU: l.SKU, Quantity: l.Quantity}
	}
	return items
}

func toAPI(o domain.Order, paymentStatus string) api.Order {
	items := make([]api.Item, len(o.Lines))
	for i, l := range o.Lines {
		items[i] = api.Item{SKU: l.SKU, Quantity: l.Quantity, UnitPriceCents: l.UnitPriceCents}
	}
	return api.Order{
		ID:            o.ID,
		CustomerID:    o.CustomerID,
		Status:        string(o.Status),
		TotalCents:    o.Total(),
		Currency:      o.Currency,
		Items:         items,
		PaymentStatus: paymentStatus,
		CreatedAt:     o.CreatedAt,
	}
}
