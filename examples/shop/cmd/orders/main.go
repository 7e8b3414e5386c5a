// Command orders runs the orders service: it takes orders, has them charged
// and announces them on the order-placed topic.
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
	"example.com/shop/services/orders/events"
	"example.com/shop/services/orders/handler"
	"example.com/shop/services/orders/store"
	paymentsapi "example.com/shop/services/payments/api"
)

func main() {
	logger := log.New("orders")
	if err := run(logger); err != nil {
		logger.Error("exit", "err", err)
		os.Exit(1)
	}
}

func run(logger *slog.Logger) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	db, err := pg.Open(ctx, config.String("DATABASE_URL", "postgres://orders:orders@postgres:5432/orders_db?sslmode=disable"))
	if err != nil {
		return err
	}
	defer db.Close()

	pub := events.NewPublisher(config.List("KAFKA_BROKERS", "kafka:9092"))
	defer pub.Close()

	payments := paymentsapi.NewClient(config.String("PAYMENTS_URL", "http://payments:8080"))
	h := handler.New(store.New(db), payments, pub, logger)
	return httpx.Serve(ctx, config.String("LISTEN_ADDR", ":8080"), h.Routes(), logger)
}
