// Package queries_redis runs go-redis commands on keys: each is recorded
// with the keys it names, read or written, and the client it runs on;
// Pub/Sub and a command of another library are not key operations.
package queries_redis

import (
	"context"
	"fmt"

	"github.com/google/uuid"
	"github.com/redis/go-redis/v9"
)

type Cache struct{ rdb *redis.Client }

func New() *Cache {
	return &Cache{rdb: redis.NewClient(&redis.Options{Addr: "cache:6379", DB: 1})}
}

const cartPrefix = "cart:"

func (c *Cache) Reads(ctx context.Context, id string) {
	c.rdb.Get(ctx, "orders:"+id)                   //@query("redis table=orders:{param (*queries_redis.Cache).Reads#1} conn=redis:cache/1")
	c.rdb.HGetAll(ctx, fmt.Sprintf("user:%s", id)) //@query("redis table=user:{param (*queries_redis.Cache).Reads#1} conn=redis:cache/1")
}

func (c *Cache) Writes(ctx context.Context, id string) {
	c.rdb.Set(ctx, cartPrefix+id, 1, 0)                //@query("redis write verb=upsert table=cart:{param (*queries_redis.Cache).Writes#1} conn=redis:cache/1")
	c.rdb.Del(ctx, "orders:"+id, "leaderboard")        //@query("redis write verb=delete table=orders:{param (*queries_redis.Cache).Writes#1} | leaderboard conn=redis:cache/1")
	c.rdb.Incr(ctx, "hits")                            //@query("redis write verb=increment const-key table=hits conn=redis:cache/1")
	c.rdb.SInterStore(ctx, "common:"+id, "a:1", "b:2") //@query("redis write table=common:{param (*queries_redis.Cache).Writes#1} conn=redis:cache/1")
	c.rdb.HSet(ctx, "user:"+id, "name", "n")           //@query("redis write verb=upsert table=user:{param (*queries_redis.Cache).Writes#1} conn=redis:cache/1")
}

// Claims: SetNX on a constant key claims one lock for every message; on
// a key made from the message, one per message.
func (c *Cache) Claims(ctx context.Context, id string) {
	c.rdb.SetNX(ctx, "lock", 1, 0)                 //@query("redis write verb=claim const-key table=lock conn=redis:cache/1")
	c.rdb.SetNX(ctx, cartPrefix+"all", id, 0)      //@query("redis write verb=claim const-key table=cart:all conn=redis:cache/1")
	c.rdb.SetNX(ctx, "seen:"+id, 1, 0)             //@query("redis write verb=claim table=seen:{param (*queries_redis.Cache).Claims#1} conn=redis:cache/1")
	c.rdb.Set(ctx, "job:"+uuid.NewString(), id, 0) //@query("redis write verb=upsert fresh-key table=job:{?} conn=redis:cache/1")
}

// Handed reads through an interface handed in: the keys are recorded, the
// client is not traced.
func Handed(ctx context.Context, r redis.Cmdable, id string) {
	r.Get(ctx, "orders:"+id) //@query("redis table=orders:{param queries_redis.Handed#2} conn=-")
}

// Look-alikes: Pub/Sub names a channel, not a key; Ping names nothing; a
// cache of another library with a Get(ctx, key).
func LookAlikes(ctx context.Context, c *Cache, o other) {
	c.rdb.Publish(ctx, "orders:created", "x")
	c.rdb.Ping(ctx)
	o.Get(ctx, "orders:1")
}

type other struct{}

func (other) Get(ctx context.Context, key string) string { return key }
