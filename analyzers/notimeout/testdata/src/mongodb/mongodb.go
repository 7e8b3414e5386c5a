// Package mongodb covers the MongoDB Go driver (v1): a call is bounded by
// its context's deadline or by a client-wide timeout (SetTimeout, or
// timeoutMS in the connection string).
package mongodb

import (
	"context"
	"os"
	"time"

	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

type Order struct {
	ID     string `bson:"_id"`
	Status string `bson:"status"`
}

// Orders uses a client without a client-wide timeout: the context decides.
type Orders struct{ coll *mongo.Collection }

func NewOrders(ctx context.Context) (*Orders, error) {
	client, err := mongo.Connect(ctx, options.Client().ApplyURI(os.Getenv("MONGO_URI")))
	if err != nil {
		return nil, err
	}
	return &Orders{coll: client.Database("shop").Collection("orders")}, nil
}

func (o *Orders) Get(id string) (*Order, error) {
	var ord Order
	err := o.coll.FindOne(context.Background(), map[string]any{"_id": id}).Decode(&ord) // want `\(\*mongo.Collection\).FindOne uses context.Background\(\), which has no deadline; pass a context with a deadline or set a client timeout \(options.Client\(\).SetTimeout\)`
	return &ord, err
}

func (o *Orders) Add(ord Order) error {
	_, err := o.coll.InsertOne(context.Background(), ord) // want `\(\*mongo.Collection\).InsertOne uses context.Background\(\), which has no deadline`
	return err
}

// With a deadline: clean.
func (o *Orders) Cancel(id string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	_, err := o.coll.UpdateOne(ctx, map[string]any{"_id": id}, map[string]any{"$set": map[string]any{"status": "cancelled"}})
	return err
}

// Carts uses a client built with SetTimeout in the builder chain: every
// operation is bounded, context.Background() included. Clean.
type Carts struct{ coll *mongo.Collection }

func NewCarts(ctx context.Context, uri string) (*Carts, error) {
	client, err := mongo.Connect(ctx, options.Client().ApplyURI(uri).SetTimeout(5*time.Second))
	if err != nil {
		return nil, err
	}
	return &Carts{coll: client.Database("shop").Collection("carts")}, nil
}

func (c *Carts) Get(user string) (map[string]any, error) {
	var cart map[string]any
	err := c.coll.FindOne(context.Background(), map[string]any{"user": user}).Decode(&cart)
	return cart, err
}

func (c *Carts) Put(cart map[string]any) error {
	_, err := c.coll.InsertOne(context.Background(), cart)
	return err
}

// Sessions sets the timeout on the options value before Connect. Clean.
type Sessions struct{ coll *mongo.Collection }

func NewSessions(ctx context.Context, uri string, timeout time.Duration) (*Sessions, error) {
	opts := options.Client()
	opts.ApplyURI(uri)
	opts.SetTimeout(timeout)
	client, err := mongo.Connect(ctx, opts)
	if err != nil {
		return nil, err
	}
	return &Sessions{coll: client.Database("auth").Collection("sessions")}, nil
}

func (s *Sessions) Touch(id string) error {
	_, err := s.coll.UpdateOne(context.Background(), map[string]any{"_id": id}, map[string]any{"$currentDate": map[string]any{"seen": true}})
	return err
}

// Audit sets timeoutMS in the connection string. Clean.
type Audit struct{ coll *mongo.Collection }

func NewAudit(ctx context.Context) (*Audit, error) {
	client, err := mongo.Connect(ctx, options.Client().ApplyURI("mongodb://audit-db:27017/?timeoutMS=5000"))
	if err != nil {
		return nil, err
	}
	return &Audit{coll: client.Database("audit").Collection("events")}, nil
}

func (a *Audit) Record(event map[string]any) error {
	_, err := a.coll.InsertOne(context.Background(), event)
	return err
}

// Inventory is given its client by another package, which may well have
// set a timeout: the client is of unknown origin, so nothing is reported
// (as with an *http.Client parameter).
type Inventory struct{ coll *mongo.Collection }

func NewInventory(client *mongo.Client) *Inventory {
	return &Inventory{coll: client.Database("shop").Collection("inventory")}
}

func (i *Inventory) Stock(sku string) (int64, error) {
	return i.coll.CountDocuments(context.Background(), map[string]any{"sku": sku})
}
