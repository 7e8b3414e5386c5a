// Package store keeps MongoDB collections of a client main connects.
package store

import (
	"context"

	"go.mongodb.org/mongo-driver/mongo"
)

type Orders struct{ coll *mongo.Collection }

func NewOrders(db *mongo.Database) *Orders {
	return &Orders{coll: db.Collection("orders")}
}

func (o *Orders) Get(id string) error {
	return o.coll.FindOne(context.TODO(), map[string]any{"_id": id}).Err() // want `\(\*mongo.Collection\).FindOne uses context.TODO\(\), which has no deadline; pass a context with a deadline or set a client timeout`
}

// Carts' client has a timeout: clean.
type Carts struct{ coll *mongo.Collection }

func NewCarts(coll *mongo.Collection) *Carts { return &Carts{coll: coll} }

func (c *Carts) Get(user string) error {
	return c.coll.FindOne(context.TODO(), map[string]any{"user": user}).Err()
}

// Inventory's client comes from a shared package's function, by way of a
// field of main's.
type Inventory struct{ coll *mongo.Collection }

func NewInventory(client *mongo.Client) *Inventory {
	return &Inventory{coll: client.Database("shop").Collection("inventory")}
}

func (i *Inventory) Count() (int64, error) {
	return i.coll.CountDocuments(context.Background(), map[string]any{}) // want `\(\*mongo.Collection\).CountDocuments uses context.Background\(\), which has no deadline`
}

// Payments' has a timeout: clean.
type Payments struct{ coll *mongo.Collection }

func NewPayments(client *mongo.Client) *Payments {
	return &Payments{coll: client.Database("shop").Collection("payments")}
}

func (p *Payments) Count() (int64, error) {
	return p.coll.CountDocuments(context.Background(), map[string]any{})
}

// Reviews' client gets its options from another package: clean.
type Reviews struct{ coll *mongo.Collection }

func NewReviews(client *mongo.Client) *Reviews {
	return &Reviews{coll: client.Database("shop").Collection("reviews")}
}

func (r *Reviews) Count() (int64, error) {
	return r.coll.CountDocuments(context.Background(), map[string]any{})
}
