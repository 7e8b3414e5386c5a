// Command catalog serves the Catalog gRPC service on :9090 and its admin
// HTTP API on :8080.
package main

import (
	"log"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/redis/go-redis/v9"
	"google.golang.org/grpc"

	catalogv1 "example.com/system/api/catalog/v1"
	"example.com/system/services/catalog"
)

func main() {
	products := catalog.NewProducts(
		&catalogv1.Product{Sku: "MUG-01", Name: "Mug", PriceCents: 1200, Currency: "EUR"},
		&catalogv1.Product{Sku: "TEE-02", Name: "T-shirt", PriceCents: 2500, Currency: "EUR"},
	)
	rdb := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")})
	admin := catalog.NewReindexer(products, os.Getenv("INVENTORY_URL"), rdb)
	go func() {
		server := &http.Server{Addr: ":8080", Handler: admin.Routes(), ReadHeaderTimeout: 5 * time.Second}
		log.Fatal(server.ListenAndServe())
	}()

	lis, err := net.Listen("tcp", ":9090")
	if err != nil {
		log.Fatal(err)
	}
	s := grpc.NewServer()
	catalogv1.RegisterCatalogServer(s, catalog.NewServer(products))
	log.Fatal(s.Serve(lis))
}
