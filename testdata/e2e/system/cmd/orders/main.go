// Command orders serves the orders API.
package main

import (
	"context"
	"log"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	paymentsv1 "example.com/system/api/payments/v1"
	"example.com/system/services/orders"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	conn, err := grpc.NewClient(os.Getenv("PAYMENTS_ADDR"), grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		log.Fatal(err)
	}
	defer conn.Close()

	events := orders.NewEvents(strings.Split(os.Getenv("KAFKA_BROKERS"), ","))
	defer events.Close()

	store := orders.NewStore()
	go orders.NewReconciler(store).Run(ctx)

	srv := orders.NewServer(paymentsv1.NewPaymentsClient(conn), events, store)
	server := &http.Server{Addr: ":8080", Handler: srv.Routes(), ReadHeaderTimeout: 5 * time.Second}
	go func() {
		<-ctx.Done()
		server.Close()
	}()
	if err := server.ListenAndServe(); err != http.ErrServerClosed {
		log.Fatal(err)
	}
}
