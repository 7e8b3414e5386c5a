// Command inventory runs the inventory service: stock levels and reservations.
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
	"example.com/shop/pkg/pg"
	"example.com/shop/services/inventory/consumer"
	"example.com/shop/services/inventory/handler"
	"example.com/shop/services/inventory/store"
	notificationsapi "example.com/shop/services/notifications/api"
)

func main() {
	logger := log.New("inventory")
	if err := run(logger); err != nil {
		logger.Error("exit", "err", err)
		os.Exit(1)
	}
}

func run(logger *slog.Logger) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	db, err := pg.Open(ctx, config.String("DATABASE_URL", "postgres://inventory:inventory@postgres:5432/inventory_db?sslmode=disable"))
	if err != nil {
		return err
	}
	defer db.Close()

	// Order statuses are read from a read-only connection to the orders database.
	ordersDB, err := pg.Open(ctx, config.String("ORDERS_DATABASE_URL", "postgres://inventory:inventory@postgres:5432/orders_db?sslmode=disable"))
	if err != nil {
		return err
	}
	defer ordersDB.Close()

	notifications := notificationsapi.NewClient(config.String("NOTIFICATIONS_URL", "http://notifications:8080"))
	h := handler.New(store.New(db, ordersDB), notifications, logger)

	// Run the server and the shipments consumer; the first failure stops the other.
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	shipments := consumer.NewShipments(config.List("KAFKA_BROKERS", "kafka:9092"), db, logger)
	errc := make(chan error, 2)
	go func() { errc <- httpx.Serve(ctx, config.String("LISTEN_ADDR", ":8080"), h.Routes(), logger) }()
	go func() { errc <- shipments.Run(ctx) }()
	first := <-errc
	cancel()
	if second := <-errc; first == nil {
		first = second
	}
	return first
}
