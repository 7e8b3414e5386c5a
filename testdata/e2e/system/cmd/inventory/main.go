// Command inventory serves stock levels.
package main

import (
	"log"
	"net/http"
	"os"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	catalogv1 "example.com/system/api/catalog/v1"
	"example.com/system/services/inventory"
)

func main() {
	conn, err := grpc.NewClient(os.Getenv("CATALOG_ADDR"), grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		log.Fatal(err)
	}
	defer conn.Close()

	srv := inventory.NewServer(catalogv1.NewCatalogClient(conn), map[string]int{"MUG-01": 40, "TEE-02": 0})
	server := &http.Server{Addr: ":8080", Handler: srv.Routes(), ReadHeaderTimeout: 5 * time.Second}
	log.Fatal(server.ListenAndServe())
}
