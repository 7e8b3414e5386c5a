// Package sessions uses the same server with another database number, and
// the same prefix there: not shared. A key whose start is not known names
// no prefix.
package sessions

import (
	"context"
	"os"

	"github.com/redis/go-redis/v9"
)

func Run() {
	rdb := redis.NewClient(&redis.Options{Addr: "cache:6379", DB: 2})
	ctx := context.Background()
	rdb.Set(ctx, "order:"+os.Args[0], "x", 0)
	rdb.Get(ctx, os.Getenv("PREFIX")+"cart:1")
}
