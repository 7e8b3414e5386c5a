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
// A consume (kafka-go's ReadMessage loop, sarama's ConsumeClaim, nats'
// Subscribe, JetStream, AMQP, Redis, watermill, Pub/Sub) is reported when
// its handling, over the service's call graph, reaches an effect that
// repeats (an INSERT without a conflict clause, an UPDATE that sets a
// column from its own value, a gorm Create, a MongoDB insert, a Redis
// INCR or LPUSH, a publish, an HTTP POST or PATCH) and no guard comes
// before it: a claim on the message (Redis SETNX, an insert into a
// processed-messages table with ON CONFLICT DO NOTHING), or, for an
// insert, a test of the duplicate-key error that takes it for done.
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
// Good:
//
//	func (h *Handler) OnOrderPlaced(m *nats.Msg) {
//		var e OrderPlaced
//		_ = json.Unmarshal(m.Data, &e)
//		// claim the message first: only the first delivery gets true
//		first, _ := h.rdb.SetNX(ctx, "seen:"+e.ID, 1, 24*time.Hour).Result()
//		if !first {
//			return
//		}
//		_, _ = h.db.Exec("INSERT INTO charges (order_id, amount) VALUES ($1, $2)", e.ID, e.Amount)
//	}
//
//	// or let the database say it: the order's id is the key
//	_, _ = h.db.Exec("INSERT INTO charges (order_id, amount) VALUES ($1, $2) ON CONFLICT (order_id) DO NOTHING", e.ID, e.Amount)
package idempotency
