// Command gateway serves the shop's public HTTP API.
package main

import (
	"context"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"example.com/shop/pkg/config"
	"example.com/shop/pkg/httpx"
	"example.com/shop/pkg/log"
	"example.com/shop/services/gateway/handler"
	inventoryapi "example.com/shop/services/inventory/api"
	ordersapi "example.com/shop/services/orders/api"
)

func main() {
	logger := log.New("gateway")
	if err := run(logger); err != nil {
		logger.Error("exit", "err", err)
		os.Exit(1)
	}
}

func run(logger *slog.Logger) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	ordersURL := config.String("ORDERS_URL", "http://orders:8080")
	inventoryURL := config.String("INVENTORY_URL", "http://inventory:8080")
	routes := handler.Routes(handler.Config{
		Orders:       ordersapi.NewClient(ordersURL),
		Inventory:    inventoryapi.NewClient(inventoryURL),
		OrdersURL:    ordersURL,
		InventoryURL: inventoryURL,
		Log:          logger,
	})
	return httpx.Serve(ctx, config.String("LISTEN_ADDR", ":8080"), routes, logger)
}
