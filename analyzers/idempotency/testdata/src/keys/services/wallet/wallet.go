// Package wallet checks what a guard is keyed by and the effects whose
// repetition depends on their data: a claim on a constant key, or on a
// new id, does not guard (reported); a unique violation on an insert
// keyed by a new id never happens (reported); a conditional UPDATE whose
// answer is checked is a claim (clean); an UPDATE from a column's own
// value that also tests a column it sets runs once (clean); MongoDB's
// $inc repeats (reported), $set does not; an HTTP POST with an
// Idempotency-Key is deduped by the server (clean); MongoDB's $push
// repeats (reported) unless its filter tests the pushed field (clean); an
// insert whose E11000 error is taken for done (clean).
package wallet

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"net/http"

	"github.com/google/uuid"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/nats-io/nats.go"
	"github.com/redis/go-redis/v9"
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
)

type W struct {
	db   *sql.DB
	rdb  *redis.Client
	coll *mongo.Collection
	hc   *http.Client
	nc   *nats.Conn
	ctx  context.Context
}

func Run() {
	ctx := context.Background()
	db, _ := sql.Open("postgres", "postgres://wallet@db:5432/wallet")
	mc, _ := mongo.Connect(ctx)
	nc, _ := nats.Connect("nats://nats:4222")
	w := &W{db: db, rdb: redis.NewClient(&redis.Options{Addr: "cache:6379"}), coll: mc.Database("wallet").Collection("balances"),
		hc: &http.Client{}, nc: nc, ctx: ctx}
	nc.Subscribe("const", w.constKey)            // want `wallet consumes nats:const and, on every delivery, write table credits .*its claim does not guard: its key is a constant`
	nc.Subscribe("fresh", w.freshKey)            // want `wallet consumes nats:fresh and, on every delivery, write table credits .*does not guard: its key is a new id made here`
	nc.Subscribe("byMessage", w.uniqueByMessage) // a new id and the message's key: clean
	nc.Subscribe("freshUnique", w.freshUnique)   // want `wallet consumes nats:freshUnique and, on every delivery, write table credits`
	nc.Subscribe("state", w.stateClaim)          // a conditional UPDATE, checked, first: clean
	nc.Subscribe("once", w.relativeOnce)         // an increment that tests what it sets: clean
	nc.Subscribe("inc", w.mongoInc)              // want `wallet consumes nats:inc and, on every delivery, write collection \(database not known\)`
	nc.Subscribe("set", w.mongoSet)              // $set: clean
	nc.Subscribe("keyed", w.keyedPost)           // an Idempotency-Key: clean
}

func (w *W) constKey(m *nats.Msg) {
	ok, _ := w.rdb.SetNX(w.ctx, "credits-lock", 1, 0).Result()
	if !ok {
		return
	}
	w.db.Exec("INSERT INTO credits (id) VALUES ($1)", string(m.Data))
}

func (w *W) freshKey(m *nats.Msg) {
	ok, _ := w.rdb.SetNX(w.ctx, "seen:"+uuid.NewString(), 1, 0).Result()
	if !ok {
		return
	}
	w.db.Exec("INSERT INTO credits (id) VALUES ($1)", string(m.Data))
}

func (w *W) freshUnique(m *nats.Msg) {
	_, err := w.db.Exec("INSERT INTO credits (id) VALUES ($1)", uuid.New())
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "23505" {
		return
	}
}

// uniqueByMessage inserts a new id and the message's key: the unique
// index may be on the message's key, so the unique violation counts.
func (w *W) uniqueByMessage(m *nats.Msg) {
	_, err := w.db.Exec("INSERT INTO credits (id, msg) VALUES ($1, $2)", uuid.New(), string(m.Data))
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "23505" {
		return
	}
}

func (w *W) stateClaim(m *nats.Msg) {
	res, err := w.db.Exec("UPDATE orders SET status = 'paid' WHERE id = $1 AND status = 'pending'", string(m.Data))
	if err != nil {
		return
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return // paid before
	}
	w.db.Exec("INSERT INTO credits (id) VALUES ($1)", string(m.Data))
}

func (w *W) relativeOnce(m *nats.Msg) {
	w.db.Exec("UPDATE accounts SET balance = balance + 10, last_event = $1 WHERE id = $2 AND last_event < $1", string(m.Data), m.Subject)
}

func (w *W) mongoInc(m *nats.Msg) {
	w.coll.UpdateOne(w.ctx, bson.M{"_id": string(m.Data)}, bson.M{"$inc": bson.M{"n": 1}})
}

func (w *W) mongoSet(m *nats.Msg) {
	w.coll.UpdateOne(w.ctx, bson.M{"_id": string(m.Data)}, bson.M{"$set": bson.M{"n": 1}})
}

func (w *W) keyedPost(m *nats.Msg) {
	req, _ := http.NewRequest(http.MethodPost, "https://payments.example.com/charges", bytes.NewReader(m.Data))
	req.Header.Set("Idempotency-Key", string(m.Data))
	w.hc.Do(req)
}

func (w *W) pushAlways(m *nats.Msg) {
	w.coll.UpdateOne(w.ctx, bson.M{"_id": "feed"}, bson.M{"$push": bson.M{"posts": string(m.Data)}})
}

func (w *W) pushOnce(m *nats.Msg) {
	filter := bson.M{"_id": "feed", "posts.id": bson.M{"$ne": string(m.Data)}}
	w.coll.UpdateOne(w.ctx, filter, bson.M{"$push": bson.M{"posts": bson.M{"id": string(m.Data)}}})
}

func (w *W) insertOnce(m *nats.Msg) {
	_, err := w.coll.InsertOne(w.ctx, bson.M{"_id": string(m.Data)})
	if we, ok := err.(mongo.WriteException); ok && we.WriteErrors[0].Code == 11000 {
		return
	}
}
