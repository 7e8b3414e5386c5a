package handler

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"time"

	"example.com/shop/pkg/httpx"
)

// probeTimeout bounds one readiness probe of a downstream service.
const probeTimeout = 2 * time.Second

// Ready reports the gateway ready when the services it depends on answer.
type Ready struct {
	ordersURL    string
	inventoryURL string
	log          *slog.Logger
}

func (h *Ready) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if err := h.probeOrders(); err != nil {
		h.log.Warn("orders not ready", "err", err)
		httpx.WriteError(w, http.StatusServiceUnavailable, "orders not ready")
		return
	}
	if err := h.probeInventory(r.Context()); err != nil {
		h.log.Warn("inventory not ready", "err", err)
		httpx.WriteError(w, http.StatusServiceUnavailable, "inventory not ready")
		return
	}
	httpx.WriteJSON(w, http.StatusOK, map[string]string{"status": "ready"})
}

func (h *Ready) probeOrders() error {
	// SMELL(notimeout): http.Get uses http.DefaultClient, which has no Timeout, and no context deadline applies; a hung orders instance hangs the probe.
	resp, err := http.Get(h.ordersURL + "/healthz")
	if err != nil {
		return err
	}
	return drain(resp)
}

func (h *Ready) probeInventory(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, probeTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, h.inventoryURL+"/healthz", nil)
	if err != nil {
		return err
	}
	// CLEAN(notimeout): the request's context carries a 2s deadline, so DefaultClient's missing Timeout does not matter.
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return drain(resp)
}

func drain(resp *http.Response) error {
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 4096))
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("healthz answered %s", resp.Status)
	}
	return nil
}
