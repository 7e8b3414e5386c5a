// Package handler is the public HTTP API of the shop: the gateway validates
// requests and forwards them to the services behind it.
package handler

import (
	"log/slog"
	"net/http"

	"example.com/shop/pkg/httpx"
	inventoryapi "example.com/shop/services/inventory/api"
	ordersapi "example.com/shop/services/orders/api"
)

// Config wires the gateway to the services behind it.
type Config struct {
	Orders       *ordersapi.Client
	Inventory    *inventoryapi.Client
	OrdersURL    string
	InventoryURL string
	Log          *slog.Logger
}

// Routes returns the gateway's router.
func Routes(cfg Config) http.Handler {
	orders := &Orders{orders: cfg.Orders, log: cfg.Log}
	stock := &Stock{inventory: cfg.Inventory, log: cfg.Log}
	ready := &Ready{ordersURL: cfg.OrdersURL, inventoryURL: cfg.InventoryURL, log: cfg.Log}

	mux := http.NewServeMux()
	mux.HandleFunc("POST /orders", orders.Place)
	mux.HandleFunc("GET /orders/{id}", orders.Get)
	mux.HandleFunc("GET /stock/{sku}", stock.Get)
	mux.HandleFunc("GET /healthz", httpx.Healthz)
	mux.Handle("GET /readyz", ready)
	return mux
}
