// Package orders caches its orders in Redis under "order:", the only
// service that writes them.
package orders

import (
	"context"

	"github.com/redis/go-redis/v9"
)

var rdb = redis.NewClient(&redis.Options{Addr: "cache:6379"})

func Run() {
	ctx := context.Background()
	rdb.Set(ctx, "order:"+id(), "paid", 0)
	rdb.Get(ctx, "order:"+id())
}

func id() string { return "1" }
