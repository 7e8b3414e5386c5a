package main

import (
	"context"
	"net/http"
	"os"
	"time"

	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"

	"clients/pkg/mongodb"
	"clients/services/shop/app"
	"clients/services/shop/orders"
	"clients/services/shop/store"
)

func main() {
	ctx := context.Background()

	// Through a constructor's parameter.
	plain := &http.Client{}
	gw := orders.NewGateway(plain)
	gw.Fetch(context.Background()) // want `\(\*orders.Gateway\).Fetch is given context.Background\(\), which has no deadline; it reaches \(\*http.Client\).Do at orders.go:\d+, which uses a client without Timeout`
	orders.NewPrices(&http.Client{Timeout: 5 * time.Second})

	// Through an exported field.
	srv := &orders.Server{Client: &http.Client{}}
	admin := &orders.Admin{Client: &http.Client{Timeout: time.Second}}

	// Through a parameter of an interface type.
	orders.NewStock(&http.Client{})
	orders.NewShipping(&http.Client{Timeout: time.Second})

	// Something else that does requests: silent.
	orders.NewLedger(&orders.Retrying{Client: &http.Client{Timeout: time.Second}})

	// Two clients, one with a timeout: silent.
	orders.NewMixed(&http.Client{})
	orders.NewMixed(&http.Client{Timeout: time.Second})

	// The same client for two parameters feeds both.
	both := &http.Client{Timeout: time.Second}
	orders.NewPair(both, both)
	orders.NewPair(&http.Client{Timeout: time.Second}, &http.Client{})

	// A constructor that sets a timeout itself.
	orders.NewTuned(&http.Client{})

	// Main's client has a timeout, the package's own default has not.
	orders.NewFallback(&http.Client{Timeout: time.Second})

	// On to a constructor in another package.
	app.New(&http.Client{})

	// MongoDB: a client connected without a timeout, and one with.
	client, err := mongo.Connect(ctx, options.Client().ApplyURI(os.Getenv("MONGO_URI")))
	if err != nil {
		panic(err)
	}
	store.NewOrders(client.Database("shop"))
	limited, err := mongo.Connect(ctx, options.Client().ApplyURI(os.Getenv("MONGO_URI")).SetTimeout(5*time.Second))
	if err != nil {
		panic(err)
	}
	store.NewCarts(limited.Database("shop").Collection("carts"))

	// Clients from a shared package, kept in a field first.
	var w wiring
	w.mongo, _ = mongodb.Connect(ctx, os.Getenv("MONGO_URI"))
	w.limited, _ = mongodb.ConnectLimited(ctx, os.Getenv("MONGO_URI"))
	store.NewInventory(w.mongo)
	store.NewPayments(w.limited)
	shared, _ := mongo.Connect(ctx, mongodb.Options(os.Getenv("MONGO_URI")))
	store.NewReviews(shared)

	// A constructor handed on as a value may be called with anything.
	register(orders.NewLazy)
	orders.NewLazy(&http.Client{})

	_, _ = srv, admin
}

type wiring struct{ mongo, limited *mongo.Client }

func register(any) {}
