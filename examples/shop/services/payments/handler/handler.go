// Package handler serves the payments service's HTTP API.
package handler

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"time"

	"example.com/shop/pkg/httpx"
	"example.com/shop/pkg/idgen"
	inventoryapi "example.com/shop/services/inventory/api"
	"example.com/shop/services/payments/api"
	"example.com/shop/services/payments/events"
	"example.com/shop/services/payments/store"
)

const (
	// requestTimeout is the budget of one request, inside the orders client's 8s timeout.
	requestTimeout = 7 * time.Second
	// cleanupTimeout bounds the write that voids a charge.
	cleanupTimeout = 2 * time.Second
	// maxChargeCents is the largest amount authorised without manual review.
	maxChargeCents = 500_000
)

// Handler serves /charges.
type Handler struct {
	store     *store.Store
	inventory *inventoryapi.Client
	events    *events.Publisher
	log       *slog.Logger
}

// New returns a Handler.
func New(st *store.Store, inventory *inventoryapi.Client, pub *events.Publisher, logger *slog.Logger) *Handler {
	return &Handler{store: st, inventory: inventory, events: pub, log: logger}
}

// Routes returns the service's router.
func (h *Handler) Routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /charges", h.charge)
	mux.HandleFunc("GET /charges/{orderID}", h.getCharge)
	mux.HandleFunc("GET /healthz", httpx.Healthz)
	return mux
}

// charge authorises the amount, reserves the paid-for items in inventory,
// captures the charge and announces it on payment-captured.
func (h *Handler) charge(w http.ResponseWriter, r *http.Request) {
	var req api.ChargeRequest
	if err := httpx.ReadJSON(r, &req); err != nil {
		httpx.WriteError(w, http.StatusBadRequest, err.Error())
		return
	}
	if req.OrderID == "" || req.AmountCents <= 0 || len(req.Currency) != 3 || len(req.Items) == 0 {
		httpx.WriteError(w, http.StatusUnprocessableEntity, "order_id, a positive amount, a currency and items are required")
		return
	}

	ctx, cancel := context.WithTimeout(r.Context(), requestTimeout)
	defer cancel()

	status := api.StatusAuthorized
	if req.AmountCents > maxChargeCents {
		status = api.StatusDeclined
	}
	charge, created, err := h.store.Create(ctx, api.Charge{
		ID:          idgen.New(),
		OrderID:     req.OrderID,
		CustomerID:  req.CustomerID,
		Status:      status,
		AmountCents: req.AmountCents,
		Currency:    req.Currency,
		CreatedAt:   time.Now().UTC(),
	})
	if err != nil {
		h.log.Error("create charge", "order_id", req.OrderID, "err", err)
		httpx.WriteError(w, http.StatusInternalServerError, "could not store charge")
		return
	}
	if !created {
		// A retry for an order that already has a charge: answer with what happened the first time.
		httpx.WriteJSON(w, http.StatusOK, charge)
		return
	}
	if charge.Status == api.StatusDeclined {
		httpx.WriteError(w, http.StatusPaymentRequired, "payment declined")
		return
	}

	items := make([]inventoryapi.Item, len(req.Items))
	for i, it := range req.Items {
		items[i] = inventoryapi.Item{SKU: it.SKU, Quantity: it.Quantity}
	}
	if _, err := h.inventory.Reserve(ctx, inventoryapi.ReserveRequest{OrderID: req.OrderID, Items: items}); err != nil {
		h.log.Warn("reserve stock", "order_id", req.OrderID, "err", err)
		// The reservation may have used up ctx; voiding gets its own deadline.
		voidCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), cleanupTimeout)
		defer cancel()
		if err := h.store.SetStatus(voidCtx, charge.ID, api.StatusVoided); err != nil {
			h.log.Error("void charge", "charge_id", charge.ID, "err", err)
		}
		httpx.ForwardError(w, "inventory", err)
		return
	}

	if err := h.store.SetStatus(ctx, charge.ID, api.StatusCaptured); err != nil {
		h.log.Error("capture charge", "charge_id", charge.ID, "err", err)
		httpx.WriteError(w, http.StatusInternalServerError, "could not capture charge")
		return
	}
	charge.Status = api.StatusCaptured

	ev := api.PaymentCaptured{
		EventID:     idgen.New(),
		ChargeID:    charge.ID,
		OrderID:     charge.OrderID,
		CustomerID:  charge.CustomerID,
		AmountCents: charge.AmountCents,
		Currency:    charge.Currency,
		CapturedAt:  time.Now().UTC(),
	}
	if err := h.events.PaymentCaptured(ctx, ev); err != nil {
		// The charge is captured; a lost event only delays the receipt.
		h.log.Error("publish payment-captured", "order_id", charge.OrderID, "err", err)
	}
	httpx.WriteJSON(w, http.StatusCreated, charge)
}

// getCharge returns the charge of an order.
func (h *Handler) getCharge(w http.ResponseWriter, r *http.Request) {
	orderID := r.PathValue("orderID")
	ctx, cancel := context.WithTimeout(r.Context(), requestTimeout)
	defer cancel()

	charge, err := h.store.ByOrder(ctx, orderID)
	if errors.Is(err, store.ErrNotFound) {
		httpx.WriteError(w, http.StatusNotFound, "no charge for this order")
		return
	}
	if err != nil {
		h.log.Error("get charge", "order_id", orderID, "err", err)
		httpx.WriteError(w, http.StatusInternalServerError, "could not read charge")
		return
	}
	httpx.WriteJSON(w, http.StatusOK, charge)
}
