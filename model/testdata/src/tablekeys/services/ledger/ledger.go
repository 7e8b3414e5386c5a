// Package ledger writes rows and keys under a new id, a constant key and
// the caller's id.
package ledger

import (
	"context"
	"database/sql"

	"github.com/google/uuid"
	"github.com/redis/go-redis/v9"
)

func Run() {
	db, _ := sql.Open("postgres", "postgres://ledger-db/ledger")
	rdb := redis.NewClient(&redis.Options{Addr: "cache:6379"})
	ctx := context.Background()
	Write(ctx, db, rdb, "e-1")
}

func Write(ctx context.Context, db *sql.DB, rdb *redis.Client, id string) {
	db.ExecContext(ctx, "INSERT INTO entries (id) VALUES ($1)", uuid.NewString())
	db.ExecContext(ctx, "INSERT INTO totals (id) VALUES ($1)", id)
	rdb.SetNX(ctx, "lock:ledger", 1, 0)
	rdb.SetNX(ctx, "seen:"+id, 1, 0)
}
