// Command notifications runs the notifications service: low-stock alerts over
// HTTP, order confirmations and receipts from Kafka.
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
	"example.com/shop/services/notifications/consumer"
	"example.com/shop/services/notifications/handler"
	"example.com/shop/services/notifications/mail"
)

func main() {
	logger := log.New("notifications")
	if err := run(logger); err != nil {
		logger.Error("exit", "err", err)
		os.Exit(1)
	}
}

func run(logger *slog.Logger) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	db, err := pg.Open(ctx, config.String("DATABASE_URL", "postgres://notifications:notifications@postgres:5432/notifications_db?sslmode=disable"))
	if err != nil {
		return err
	}
	defer db.Close()

	mailer := mail.New(
		config.String("MAIL_API_URL", "https://api.mail-provider.example/v1/messages"),
		config.String("MAIL_API_KEY", ""),
		config.String("MAIL_FROM", "shop@example.com"),
	)
	brokers := config.List("KAFKA_BROKERS", "kafka:9092")
	h := handler.New(mailer, config.String("OPS_EMAIL", "warehouse@example.com"), logger)

	tasks := []func(context.Context) error{
		func(ctx context.Context) error {
			return httpx.Serve(ctx, config.String("LISTEN_ADDR", ":8080"), h.Routes(), logger)
		},
		consumer.NewOrderPlaced(brokers, db, mailer, logger).Run,
		consumer.NewReceipts(brokers, db, logger).Run,
	}

	// Run the server and both consumers; the first failure stops the others.
	errc := make(chan error, len(tasks))
	for _, task := range tasks {
		go func() { errc <- task(ctx) }()
	}
	var first error
	for range tasks {
		if err := <-errc; err != nil && first == nil {
			first = err
			cancel()
		}
	}
	return first
}
