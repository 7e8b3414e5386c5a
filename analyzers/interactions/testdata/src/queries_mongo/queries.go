// Package queries_mongo reads and writes MongoDB collections with the v1
// and v2 drivers: on collections named here (chained, kept in struct
// fields, returned by the package's own methods, cloned) and on
// collections handed in by another package.
package queries_mongo

import (
	"context"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/bson/primitive"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
	bson2 "go.mongodb.org/mongo-driver/v2/bson"
	mongo2 "go.mongodb.org/mongo-driver/v2/mongo"
	options2 "go.mongodb.org/mongo-driver/v2/mongo/options"
)

type Repo struct {
	db    *mongo.Database
	carts *mongo.Collection
}

func NewRepo(ctx context.Context) (*Repo, error) {
	client, err := mongo.Connect(ctx, options.Client().ApplyURI("mongodb://shop-mongo"))
	if err != nil {
		return nil, err
	}
	db := client.Database("shop")
	return &Repo{db: db, carts: db.Collection("carts")}, nil
}

func (r *Repo) orders() *mongo.Collection {
	return r.db.Collection("orders")
}

func (r *Repo) Work(ctx context.Context) error {
	if _, err := r.carts.InsertOne(ctx, map[string]string{"id": "1"}); err != nil { //@query("mongo write verb=insert conn=mongo:shop-mongo/shop/carts")
		return err
	}
	if _, err := r.carts.Find(ctx, map[string]string{}); err != nil { //@query("mongo conn=mongo:shop-mongo/shop/carts")
		return err
	}
	if err := r.orders().FindOne(ctx, map[string]string{}).Err(); err != nil { //@query("mongo conn=mongo:shop-mongo/shop/orders")
		return err
	}
	if _, err := r.orders().UpdateByID(ctx, "1", map[string]string{}); err != nil { //@query("mongo write conn=mongo:shop-mongo/shop/orders")
		return err
	}
	if _, err := r.db.Collection("stock").CountDocuments(ctx, map[string]string{}); err != nil { //@query("mongo conn=mongo:shop-mongo/shop/stock")
		return err
	}
	if _, err := r.db.Collection("stock").Aggregate(ctx, []any{}); err != nil { //@query("mongo conn=mongo:shop-mongo/shop/stock")
		return err
	}
	if _, err := r.orders().BulkWrite(ctx, nil); err != nil { //@query("mongo write conn=mongo:shop-mongo/shop/orders")
		return err
	}
	return r.carts.Drop(ctx) //@query("mongo write conn=mongo:shop-mongo/shop/carts")
}

const opInc = "$inc"

// Updates says the verbs of updates whose documents the calls show: $inc
// and $mul increment, $push appends, an increment wins over an append;
// written in the call, through a constant key, or in a local variable
// assigned once. Look-alikes say none: $set and $addToSet, a variable
// assigned twice, a key that is no constant, a document handed in.
func (r *Repo) Updates(ctx context.Context, id string, n int, handed bson.M) {
	r.carts.UpdateOne(ctx, bson.M{"_id": id}, bson.M{"$inc": bson.M{"n": n}})                     //@query("mongo write verb=increment conn=mongo:shop-mongo/shop/carts")
	r.carts.UpdateMany(ctx, bson.M{}, bson.D{{Key: "$push", Value: bson.M{"tags": "x"}}})         //@query("mongo write verb=append conn=mongo:shop-mongo/shop/carts")
	r.carts.UpdateByID(ctx, id, primitive.M{"$set": bson.M{"a": 1}, "$mul": bson.M{"n": 2}})      //@query("mongo write verb=increment conn=mongo:shop-mongo/shop/carts")
	r.carts.UpdateOne(ctx, bson.M{}, bson.D{{"$push", bson.M{"t": 1}}, {"$inc", bson.M{"n": 1}}}) //@query("mongo write verb=increment conn=mongo:shop-mongo/shop/carts")
	r.carts.UpdateOne(ctx, bson.M{}, map[string]any{opInc: 1})                                    //@query("mongo write verb=increment conn=mongo:shop-mongo/shop/carts")
	push := primitive.D{{Key: "$push", Value: bson.M{"log": id}}}
	r.carts.FindOneAndUpdate(ctx, bson.M{}, push) //@query("mongo write verb=append conn=mongo:shop-mongo/shop/carts")

	r.carts.UpdateOne(ctx, bson.M{}, bson.M{"$set": bson.M{"n": n}, "$addToSet": bson.M{"t": 1}}) //@query("mongo write conn=mongo:shop-mongo/shop/carts")
	twice := bson.M{"$set": bson.M{"n": n}}
	twice = bson.M{"$inc": bson.M{"n": n}}
	r.carts.UpdateOne(ctx, bson.M{}, twice) //@query("mongo write conn=mongo:shop-mongo/shop/carts")
	op := "$inc"
	r.carts.UpdateOne(ctx, bson.M{}, bson.M{op: 1})                            //@query("mongo write conn=mongo:shop-mongo/shop/carts")
	r.carts.UpdateOne(ctx, bson.M{}, handed)                                   //@query("mongo write conn=mongo:shop-mongo/shop/carts")
	r.carts.UpdateOne(ctx, bson.M{"$inc": 1}, bson.M{})                        //@query("mongo write conn=mongo:shop-mongo/shop/carts")
	r.carts.InsertOne(ctx, bson.M{"_id": primitive.NewObjectID(), "cart": id}) //@query("mongo write verb=insert conn=mongo:shop-mongo/shop/carts")
	r.carts.InsertOne(ctx, bson.M{"_id": id})                                  //@query("mongo write verb=insert conn=mongo:shop-mongo/shop/carts")
}

// Purge works on a collection made by another package: the operation is
// known, the collection is not.
func Purge(ctx context.Context, c *mongo.Collection) error {
	_, err := c.DeleteMany(ctx, map[string]string{}) //@query("mongo write verb=delete conn=-")
	return err
}

func v2(ctx context.Context) error {
	client, err := mongo2.Connect(options2.Client().ApplyURI("mongodb://catalog-mongo"))
	if err != nil {
		return err
	}
	products := client.Database("catalog").Collection("products")
	if _, err := products.Find(ctx, map[string]string{}); err != nil { //@query("mongo conn=mongo:catalog-mongo/catalog/products")
		return err
	}
	if _, err := products.UpdateOne(ctx, map[string]string{}, map[string]string{}); err != nil { //@query("mongo write conn=mongo:catalog-mongo/catalog/products")
		return err
	}
	if _, err := products.UpdateOne(ctx, bson2.M{}, bson2.D{{Key: "$push", Value: bson2.M{"t": 1}}}); err != nil { //@query("mongo write verb=append conn=mongo:catalog-mongo/catalog/products")
		return err
	}
	products.FindOneAndUpdate(ctx, bson2.M{}, bson2.M{"$inc": bson2.M{"n": 1}})                    //@query("mongo write verb=increment conn=mongo:catalog-mongo/catalog/products")
	_, err = client.Database("catalog").Collection("reviews").DeleteMany(ctx, map[string]string{}) //@query("mongo write verb=delete conn=mongo:catalog-mongo/catalog/reviews")
	return err
}

// Look-alikes: methods of the same names on another type.

type memColl struct{}

func (memColl) Find(ctx context.Context, filter any) error   { return nil }
func (memColl) InsertOne(ctx context.Context, doc any) error { return nil }
func (memColl) Collection(name string) memColl               { return memColl{} }

func lookalikes(ctx context.Context) {
	var m memColl
	_ = m.Collection("not_recorded").Find(ctx, nil)
	_ = m.InsertOne(ctx, nil)
}
