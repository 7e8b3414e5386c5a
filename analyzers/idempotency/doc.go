// Package idempotency defines a check that reports message consumers
// whose handling repeats its effects when a message is delivered twice.
//
// # idempotency: a consumer that is not idempotent
//
// Brokers deliver at least once: after a crash, a rebalance or a lost
// acknowledgement, the same message comes again. A consumer that inserts,
// increments, charges, publishes or POSTs on every delivery does it
// twice: a second payment, a double refund, two tickets.
//
// A consume (kafka-go's and AMQP's loops, sarama's ConsumeClaim, nats'
// Subscribe, JetStream, Redis pub/sub and streams, watermill's router,
// Pub/Sub's Receive) is followed through the service's call graph. It is
// reported when its handling reaches an effect that repeats (an INSERT
// without a conflict clause, an UPDATE that sets a column from its own
// value, a gorm Create, a MongoDB insert, a Redis INCR or LPUSH, a
// publish, an HTTP POST or PATCH, an RPC named Create…, Charge…, Send…)
// and no guard comes before it on every path. The finding names each
// effect, the calls that lead to it, and the guards that come too late.
//
// Bad:
//
//	func (h *Handler) OnOrderPlaced(m *nats.Msg) {
//		var e OrderPlaced
//		_ = json.Unmarshal(m.Data, &e)
//		// a second delivery charges again
//		_, _ = h.db.Exec("INSERT INTO charges (order_id, amount) VALUES ($1, $2)", e.ID, e.Amount)
//	}
//
// Good, a claim on the message first, whose answer is checked (Redis):
//
//	first, err := h.rdb.SetNX(ctx, "seen:"+e.ID, 1, 24*time.Hour).Result()
//	if err != nil || !first {
//		return
//	}
//	_, _ = h.db.Exec("INSERT INTO charges (order_id, amount) VALUES ($1, $2)", e.ID, e.Amount)
//
// Good, a processed-messages table (the claim and the effect in one
// transaction, so that a failure forgets the claim):
//
//	res, err := tx.Exec("INSERT INTO processed (message_id) VALUES ($1) ON CONFLICT DO NOTHING", msgID)
//	if n, _ := res.RowsAffected(); err != nil || n == 0 {
//		return // seen before
//	}
//	_, _ = tx.Exec("INSERT INTO charges (order_id, amount) VALUES ($1, $2)", e.ID, e.Amount)
//
// Good, the database says it (a key from the message, no second row):
//
//	_, _ = h.db.Exec("INSERT INTO charges (order_id, amount) VALUES ($1, $2) ON CONFLICT (order_id) DO NOTHING", e.ID, e.Amount)
//
// Good, a unique violation taken for done (then what follows the insert
// runs once too):
//
//	_, err := h.db.Exec("INSERT INTO charges (order_id, amount) VALUES ($1, $2)", e.ID, e.Amount)
//	var pgErr *pgconn.PgError
//	if errors.As(err, &pgErr) && pgErr.Code == "23505" {
//		return nil // charged already
//	}
//
// Good, an inbox (a table of handled messages read first, written with
// the effect):
//
//	if err := tx.QueryRow("SELECT 1 FROM inbox WHERE id = $1", msgID).Scan(&one); err == nil {
//		return nil
//	}
//	_, _ = tx.Exec("INSERT INTO charges (order_id, amount) VALUES ($1, $2)", e.ID, e.Amount)
//	_, _ = tx.Exec("INSERT INTO inbox (id) VALUES ($1)", msgID)
//
// Good, watermill's Deduplicator with a store the instances share (its
// default store is the process' memory, for a minute: a redelivery after
// a restart, or to another instance, is not caught, and that is reported):
//
//	d := &middleware.Deduplicator{Repository: sharedRepo, KeyFactory: middleware.NewMessageHasherFromMetadataField("event_id")}
//	router.AddMiddleware(d.Middleware)
//
// Good, when the handling is idempotent for a reason boundcheck cannot
// see, say it on the handler (a directive without a reason does not
// count):
//
//	//boundcheck:idempotent the mailer dedupes by the message id we pass as its Idempotency-Key
//	func (h *Handler) OnOrderPlaced(m *nats.Msg) { ... }
//
// A guard that comes after the effect, or only on one branch before it,
// does not count. Effects reached only through an interface method that
// the service implements more than once are not judged (which one runs is
// not known); the note on stderr counts them and boundcheck services
// lists them.
//
// A handling that both writes the database and publishes is reported on
// its own: the two are not one transaction, so a crash between them loses
// the event or, on redelivery, writes again. Bad:
//
//	_, _ = h.db.Exec("UPDATE orders SET status = 'paid' WHERE id = $1", e.ID)
//	_ = h.nc.Publish("orders.paid", m.Data)
//
// Good: write the event to an outbox table in the same transaction, and
// let a relay publish it.
//
//	_, _ = tx.Exec("UPDATE orders SET status = 'paid' WHERE id = $1", e.ID)
//	_, _ = tx.Exec("INSERT INTO outbox (topic, payload) VALUES ('orders.paid', $1)", m.Data)
package idempotency
