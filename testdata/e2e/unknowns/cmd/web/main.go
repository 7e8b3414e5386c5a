// Command web serves the shop's pages; where it sends its calls is read
// from the environment, which no deployment file sets.
package main

import (
	"context"
	"database/sql"
	"log"
	"net/http"
	"os"
	"time"

	"github.com/nats-io/nats.go"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	"example.com/unknowns/pb/hipstershop"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	client := &http.Client{Timeout: 2 * time.Second}

	req, err := http.NewRequestWithContext(ctx, http.MethodGet, os.Getenv("CART_URL")+"/carts/"+os.Getenv("USER_ID"), nil)
	if err != nil {
		log.Fatal(err)
	}
	if _, err := client.Do(req); err != nil {
		log.Print(err)
	}

	ads, err := grpc.NewClient(os.Getenv("AD_ADDR"), grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		log.Fatal(err)
	}
	if _, err := hipstershop.NewAdServiceClient(ads).GetAds(ctx, &hipstershop.AdRequest{}); err != nil {
		log.Print(err)
	}

	carts, err := grpc.NewClient(os.Getenv("CART_ADDR"), grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		log.Fatal(err)
	}
	if _, err := hipstershop.NewCartServiceClient(carts).GetCart(ctx, &hipstershop.GetCartRequest{}); err != nil {
		log.Print(err)
	}

	orders, err := sql.Open("postgres", os.Getenv("ORDERS_DB_URL"))
	if err != nil {
		log.Fatal(err)
	}
	if err := orders.PingContext(ctx); err != nil {
		log.Print(err)
	}
	shop, err := sql.Open("postgres", "postgres://web@shop-db:5432/shop")
	if err != nil {
		log.Fatal(err)
	}
	if err := shop.PingContext(ctx); err != nil {
		log.Print(err)
	}

	nc, err := nats.Connect(os.Getenv("NATS_URL"), nats.Timeout(2*time.Second))
	if err != nil {
		log.Fatal(err)
	}
	if err := nc.Publish(os.Getenv("EVENTS_SUBJECT"), []byte("{}")); err != nil {
		log.Print(err)
	}
	if err := nc.Publish("orders.created", []byte("{}")); err != nil {
		log.Print(err)
	}
}
