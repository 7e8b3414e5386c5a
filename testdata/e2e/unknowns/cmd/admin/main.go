// Command admin is the back office; like web, it reads where it sends its
// calls from variables no deployment file sets, and it only subscribes.
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

	orders, err := sql.Open("postgres", os.Getenv("ORDERS_DB_URL"))
	if err != nil {
		log.Fatal(err)
	}
	if err := orders.PingContext(ctx); err != nil {
		log.Print(err)
	}
	shop, err := sql.Open("postgres", "postgres://admin@shop-db:5432/shop")
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
	handle := func(m *nats.Msg) { log.Printf("%s: %s", m.Subject, m.Data) }
	if _, err := nc.Subscribe(os.Getenv("EVENTS_SUBJECT"), handle); err != nil {
		log.Fatal(err)
	}
	if _, err := nc.Subscribe("orders.*", handle); err != nil {
		log.Fatal(err)
	}
	// A request's answer goes to its reply subject: a reply, not a publish.
	if _, err := nc.Subscribe("quotes.get", func(m *nats.Msg) {
		if err := nc.Publish(m.Reply, []byte("42")); err != nil {
			log.Print(err)
		}
	}); err != nil {
		log.Fatal(err)
	}
	select {}
}
