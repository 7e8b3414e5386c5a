// Package events publishes through the Redis that orders and carts keep
// their keys in, and runs no command on a key there: Redis as a broker is
// not a shared database.
package events

import (
	"context"

	"github.com/redis/go-redis/v9"
)

func Run() {
	rdb := redis.NewClient(&redis.Options{Addr: "cache:6379"})
	rdb.Publish(context.Background(), "order-placed", "1")
}
