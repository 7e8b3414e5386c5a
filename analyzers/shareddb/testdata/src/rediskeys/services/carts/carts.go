// Package carts reads orders' cached orders on the same Redis database,
// and keeps carts of its own there.
package carts

import (
	"context"
	"fmt"

	"github.com/redis/go-redis/v9"
)

type Cache struct{ rdb *redis.Client }

func Run() {
	c := &Cache{rdb: redis.NewClient(&redis.Options{Addr: "cache:6379"})}
	ctx := context.Background()
	c.rdb.HSet(ctx, "cart:"+c.user(), "item", 1)
	c.rdb.Get(ctx, fmt.Sprintf("order:%s", c.user())) // want `carts reads key prefix order: of redis:cache, which orders owns \(the only service that writes it\) and reads and writes`
}

func (c *Cache) user() string { return "u" }
