// Package data_mongo connects to MongoDB with the v1 and v2 drivers and
// names databases and collections: chained on a client, through a
// *mongo.Database kept in a struct, and on a client handed in by a caller
// in another package.
package data_mongo

import (
	"context"
	"os"
	"time"

	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
	mongo2 "go.mongodb.org/mongo-driver/v2/mongo"
	options2 "go.mongodb.org/mongo-driver/v2/mongo/options"
)

const dbName = "shop"

type Repo struct {
	db    *mongo.Database
	carts *mongo.Collection
}

func NewRepo(ctx context.Context) (*Repo, error) {
	uri := os.Getenv("MONGO_URI")
	if uri == "" {
		uri = "mongodb://app:pw@Mongo-0:27017,mongo-1:27017/?replicaSet=rs0"
	}
	client, err := mongo.Connect(ctx, options.Client().ApplyURI(uri).SetTimeout(5*time.Second)) //@datastore("database mongo mongo:mongo-0/?")
	if err != nil {
		return nil, err
	}
	db := client.Database(dbName)                            //@datastore("database mongo mongo:mongo-0/shop")
	return &Repo{db: db, carts: db.Collection("carts")}, nil //@datastore("collection mongo mongo:mongo-0/shop/carts")
}

func (r *Repo) orders() *mongo.Collection {
	return r.db.Collection("orders") //@datastore("collection mongo mongo:mongo-0/shop/orders")
}

// Audit writes on a client made elsewhere.
func Audit(ctx context.Context, c *mongo.Client) error {
	_, err := c.Database("audit").Collection("events").InsertOne(ctx, map[string]string{"x": "y"}) //@datastore("collection mongo mongo:?/audit/events"), datastore("database mongo mongo:?/audit")
	return err
}

func v2(ctx context.Context) error {
	client, err := mongo2.Connect(options2.Client().ApplyURI("mongodb+srv://cluster0.example.net/")) //@datastore("database mongo mongo:cluster0.example.net/?")
	if err != nil {
		return err
	}
	_, err = client.Database("catalog").Collection("products").InsertOne(ctx, map[string]string{}) //@datastore("collection mongo mongo:cluster0.example.net/catalog/products"), datastore("database mongo mongo:cluster0.example.net/catalog")
	return err
}

func legacy() (*mongo.Client, error) {
	return mongo.NewClient(options.Client().ApplyURI("mongodb://legacy-mongo")) //@datastore("database mongo mongo:legacy-mongo/?")
}

// Look-alikes: a Database method of another type, and options never
// passed to Connect.

type cache struct{}

func (cache) Database(name string) cache   { return cache{} }
func (cache) Collection(name string) cache { return cache{} }

func lookalikes() {
	var c cache
	_ = c.Database("not-recorded").Collection("nope")
	_ = options.Client().ApplyURI("mongodb://not-recorded")
}
