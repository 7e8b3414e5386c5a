// Command probe checks its dependencies over gRPC and serves a stock page.
// It uses the real grpc module, with its generated health client.
package main

import (
	"context"
	"log"
	"net/http"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"

	"example.com/outbound/internal/stock"
)

func main() {
	conn, err := grpc.NewClient("inventory:9090", grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		log.Fatal(err)
	}
	health := healthpb.NewHealthClient(conn)

	// A gRPC call with no deadline: reported.
	if _, err := health.Check(context.Background(), &healthpb.HealthCheckRequest{}); err != nil {
		log.Print(err)
	}

	// The same call with a deadline: clean.
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if _, err := health.Check(ctx, &healthpb.HealthCheckRequest{}); err != nil {
		log.Print(err)
	}

	// A blocking dial with no deadline: reported.
	if _, err := grpc.Dial("pricing:9090", grpc.WithTransportCredentials(insecure.NewCredentials()), grpc.WithBlock()); err != nil {
		log.Print(err)
	}

	mux := http.NewServeMux()
	mux.HandleFunc("GET /stock", stock.Handle)
	srv := &http.Server{Addr: ":8080", Handler: mux, ReadTimeout: 5 * time.Second, WriteTimeout: 5 * time.Second}
	log.Fatal(srv.ListenAndServe())
}
