// Command payments runs the payments service: it charges orders, reserves
// what was paid for, and announces captured payments on payment-captured.
package main

import (
	"context"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
	"time"

	"example.com/shop/pkg/config"
	"example.com/shop/pkg/httpx"
	"example.com/shop/pkg/log"
	"example.com/shop/pkg/pg"
	inventoryapi "example.com/shop/services/inventory/api"
	"example.com/shop/services/payments/events"
	"example.com/shop/services/payments/handler"
	"example.com/shop/services/payments/store"
	"example.com/shop/services/payments/sweeper"
)

func main() {
	logger := log.New("payments")
	if err := run(logger); err != nil {
		logger.Error("exit", "err", err)
		os.Exit(1)
	}
}

func run(logger *slog.Logger) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	db, err := pg.Open(ctx, config.String("DATABASE_URL", "postgres://payments:payments@postgres:5432/payments_db?sslmode=disable"))
	if err != nil {
		return err
	}
	defer db.Close()

	pub := events.NewPublisher(config.List("KAFKA_BROKERS", "kafka:9092"))
	defer pub.Close()

	inventory := inventoryapi.NewClient(config.String("INVENTORY_URL", "http://inventory:8080"))
	st := store.New(db)
	// SMELL(notimeout): the process context has no deadline, and the sweeper passes it to its UPDATE
	go sweeper.Run(ctx, st, time.Minute, logger)

	h := handler.New(st, inventory, pub, logger)
	return httpx.Serve(ctx, config.String("LISTEN_ADDR", ":8080"), h.Routes(), logger)
}
