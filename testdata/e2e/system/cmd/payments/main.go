// Command payments serves the Payments gRPC service.
package main

import (
	"log"
	"net"
	"os"

	"github.com/nats-io/nats.go"
	"google.golang.org/grpc"

	paymentsv1 "example.com/system/api/payments/v1"
	"example.com/system/services/payments"
)

func main() {
	cfg := payments.Config{
		LedgerURL: os.Getenv("LEDGER_URL"),
		NATSURL:   os.Getenv("NATS_URL"),
		Addr:      ":9090",
	}

	nc, err := nats.Connect(cfg.NATSURL, nats.Name("payments"))
	if err != nil {
		log.Fatal(err)
	}
	defer nc.Drain()

	lis, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		log.Fatal(err)
	}
	s := grpc.NewServer()
	paymentsv1.RegisterPaymentsServer(s, payments.NewServer(payments.NewLedgerClient(cfg), nc))
	log.Fatal(s.Serve(lis))
}
