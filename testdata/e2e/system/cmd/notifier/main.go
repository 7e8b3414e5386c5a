// Command notifier sends customers notifications about their orders.
package main

import (
	"context"
	"log"
	"os"
	"os/signal"
	"strings"

	"github.com/nats-io/nats.go"

	"example.com/system/services/notifier"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	nc, err := nats.Connect(os.Getenv("NATS_URL"), nats.Name("notifier"))
	if err != nil {
		log.Fatal(err)
	}
	defer nc.Drain()
	if _, err := notifier.SubscribePayments(nc); err != nil {
		log.Fatal(err)
	}

	brokers := strings.Split(os.Getenv("KAFKA_BROKERS"), ",")
	if err := notifier.ConsumeOrders(ctx, brokers, notifier.NewWebhooks()); err != nil {
		log.Fatal(err)
	}
}
