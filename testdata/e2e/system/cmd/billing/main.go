// Command billing builds invoices from the ledger's entries.
package main

import (
	"context"
	"log"
	"os"
	"os/signal"

	amqp "github.com/rabbitmq/amqp091-go"

	"example.com/system/services/billing"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	conn, err := amqp.Dial(os.Getenv("AMQP_URL"))
	if err != nil {
		log.Fatal(err)
	}
	defer conn.Close()

	if err := billing.Consume(ctx, conn, billing.NewInvoices().Add); err != nil {
		log.Fatal(err)
	}
}
